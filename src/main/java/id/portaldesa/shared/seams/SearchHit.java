package id.portaldesa.shared.seams;

import java.util.Map;
import java.util.Objects;

/**
 * One thing found, typed by its kind so the results page can group and label it.
 *
 * @param kindKey the message key of its kind, e.g. {@code news.search.kind}
 * @param title shown as the link's text (plain text; the page escapes it)
 * @param snippet a short plain-text excerpt around the match; may be empty
 * @param viewId the public page that shows it, e.g. {@code /public/news/article.xhtml}
 * @param parameters that page's parameters; empty for none
 */
public record SearchHit(String kindKey, String title, String snippet, String viewId, Map<String, String> parameters) {

    public SearchHit {
        Objects.requireNonNull(kindKey);
        Objects.requireNonNull(title);
        Objects.requireNonNull(viewId);
        if (!viewId.startsWith("/public/")) {
            throw new IllegalArgumentException("Search finds public pages only: " + viewId);
        }
        snippet = snippet == null ? "" : snippet;
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    }
}
