package id.portaldesa.site.theme;

import java.io.Serializable;
import java.util.Locale;

/**
 * One theme of the top-level {@code themes/} folder, as its {@code theme.properties} describes it.
 * A theme is data and CSS only: its stylesheet is laid over the default theme's and changes the
 * header and the arrangement of the pages, never what they say.
 *
 * @param name the folder's name, also what a village stores ({@code default}, {@code pusaka})
 * @param accent the accent colour the theme was drawn with, offered when a village picks it
 */
public record Theme(
        String name, String titleId, String titleEn, String descriptionId, String descriptionEn, String accent)
        implements Serializable {

    public static final String DEFAULT = "default";

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleId;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionId;
    }

    /** The default theme is the base every page loads; any other adds its own stylesheet. */
    public boolean isDefault() {
        return DEFAULT.equals(name);
    }
}
