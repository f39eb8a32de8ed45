package id.portaldesa.letters.issue.numbering;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The short code a village prints in its letter numbers ({@code [kode_desa]}): set by the village, suggested from its name. */
public final class VillageCodes {

    /** Capitals, digits, dots and dashes: printed as it is in every number. */
    public static final Pattern VALID = Pattern.compile("[A-Z0-9][A-Z0-9.\\-]{0,19}");

    private VillageCodes() {}

    /**
     * A first suggestion: the initials of a name of several words, else the first letter and the next
     * consonants, three letters at most ({@code Kungkai} → {@code KNG}, {@code Sungai Kapas} → {@code SKP}).
     */
    public static String suggest(String villageName) {
        String plain = Normalizer.normalize(villageName == null ? "" : villageName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z ]", " ")
                .strip();
        if (plain.isEmpty()) {
            return "DS";
        }
        String[] words = plain.split("\\s+");
        StringBuilder code = new StringBuilder();
        for (String word : words) {
            if (code.length() < 3) {
                code.append(word.charAt(0));
            }
        }
        String last = words[words.length - 1];
        for (int i = 1; i < last.length() && code.length() < 3; i++) {
            char c = last.charAt(i);
            if ("AEIOU".indexOf(c) < 0) {
                code.append(c);
            }
        }
        return code.toString();
    }
}
