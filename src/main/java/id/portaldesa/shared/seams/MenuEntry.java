package id.portaldesa.shared.seams;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of a village's public menu, offered by the feature that owns the page.
 *
 * @param key stable within the village, so the admin's order survives renaming: {@code news},
 *     {@code products}, {@code page:12}
 * @param labelKey the message key of its label ({@code news.menu}); null when {@code text} is given
 * @param text a label the village wrote itself (the title of one of its pages); null with a key
 * @param viewId the public page it opens
 * @param parameters that page's parameters; empty for none
 * @param order where the feature would put it before the admin orders the menu (smaller first)
 */
public record MenuEntry(
        String key, String labelKey, String text, String viewId, Map<String, String> parameters, int order) {

    public MenuEntry {
        Objects.requireNonNull(key);
        Objects.requireNonNull(viewId);
        if ((labelKey == null) == (text == null)) {
            throw new IllegalArgumentException("A menu entry has a label key or a text, not both: " + key);
        }
        if (!viewId.startsWith("/public/")) {
            throw new IllegalArgumentException("The public menu opens public pages only: " + viewId);
        }
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    }

    public static MenuEntry of(String key, String labelKey, String viewId, int order) {
        return new MenuEntry(key, labelKey, null, viewId, Map.of(), order);
    }
}
