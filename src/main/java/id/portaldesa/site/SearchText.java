package id.portaldesa.site;

import java.text.Normalizer;
import java.util.Locale;

/** The plain form the site's search compares: case and accents do not matter ("Kungkái" finds "kungkai"). */
public final class SearchText {

    private SearchText() {}

    public static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip();
    }
}
