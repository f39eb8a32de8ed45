package id.portaldesa.shared.seams;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One public page of a village in its sitemap, by view id and parameters (the address is built from
 * them in one place, like every link).
 *
 * @param viewId e.g. {@code /public/news/article.xhtml}
 * @param parameters e.g. {@code judul -> panen-raya-2026}; empty for none
 * @param lastModified when its content last changed; null when unknown
 */
public record SitemapEntry(String viewId, Map<String, String> parameters, Instant lastModified) {

    public SitemapEntry {
        Objects.requireNonNull(viewId);
        if (!viewId.startsWith("/public/")) {
            throw new IllegalArgumentException("A sitemap lists public pages only: " + viewId);
        }
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    }

    public static SitemapEntry of(String viewId, Instant lastModified) {
        return new SitemapEntry(viewId, Map.of(), lastModified);
    }
}
