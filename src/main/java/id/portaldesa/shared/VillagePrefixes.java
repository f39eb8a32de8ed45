package id.portaldesa.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The three letters that stand for a village in references read out or printed (letters'
 * numbers, complaints' {@code KGK-P-2612-0042}): its first letter and the last two consonants of its
 * name, {@code KGK} for Kungkai, {@code SPS} for Sungai Kapas; {@code DS} for a name without letters.
 * One rule, so a village's letters and complaints carry the same letters.
 */
public final class VillagePrefixes {

    private VillagePrefixes() {}

    public static String of(String villageName) {
        String letters = Normalizer.normalize(villageName == null ? "" : villageName, Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "")
                .toUpperCase(Locale.ROOT);
        if (letters.isEmpty()) {
            return "DS";
        }
        StringBuilder consonants = new StringBuilder();
        for (char c : letters.substring(1).toCharArray()) {
            if ("AEIOU".indexOf(c) < 0) {
                consonants.append(c);
            }
        }
        String tail = consonants.length() >= 2
                ? consonants.substring(consonants.length() - 2)
                : (letters.substring(1) + "XX").substring(0, 2);
        return letters.charAt(0) + tail;
    }
}
