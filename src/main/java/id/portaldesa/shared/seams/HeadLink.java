package id.portaldesa.shared.seams;

import java.util.Map;
import java.util.Objects;

/**
 * A {@code <link>} every public page of the village names in its head, e.g. the news feed
 * ({@code rel="alternate" type="application/atom+xml"}).
 *
 * @param titleKey the message key of its title
 * @param viewId the page (or feed) it points to; its address is built like every link
 */
public record HeadLink(String rel, String type, String titleKey, String viewId, Map<String, String> parameters) {

    public HeadLink {
        Objects.requireNonNull(rel);
        Objects.requireNonNull(type);
        Objects.requireNonNull(titleKey);
        Objects.requireNonNull(viewId);
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    }
}
