package id.portaldesa.account;

import java.util.Locale;

/**
 * The title an official's letters print under the signature, always in Indonesian as on paper:
 * "Kepala Desa Kungkai", "Lurah Pasar Atas", "Plt. Sekretaris Desa Kungkai". The admin may write
 * a more precise one (e.g. "Kaur Keuangan"); this is the suggestion and the fallback.
 */
public final class OfficialTitle {

    private OfficialTitle() {}

    /**
     * A kelurahan (urban village, led by a lurah) has a code whose last part starts with 1; a desa
     * with 2 (Permendagri on region codes).
     */
    public static boolean isKelurahan(String villageCode) {
        int dot = villageCode.lastIndexOf('.');
        return dot >= 0 && dot + 1 < villageCode.length() && villageCode.charAt(dot + 1) == '1';
    }

    public static String suggest(Position position, Acting acting, String villageCode, String villageName) {
        boolean kelurahan = isKelurahan(villageCode);
        String unit = kelurahan ? "Kelurahan" : "Desa";
        String name = titleCase(villageName);
        String title = switch (position) {
            case HEAD -> kelurahan ? "Lurah " + name : "Kepala Desa " + name;
            case SECRETARY -> "Sekretaris " + unit + " " + name;
            case KAUR -> "Kepala Urusan " + unit + " " + name;
            case KASI -> "Kepala Seksi " + unit + " " + name;
            case HAMLET_HEAD -> kelurahan ? "Kepala Lingkungan" : "Kepala Dusun";
            case OPERATOR -> "Operator " + unit + " " + name;
        };
        return acting == null ? title : acting.abbreviation() + " " + title;
    }

    /** The title as given, or the suggestion when none was given; the acting mark is never lost. */
    public static String of(Position position, Acting acting, String given, String villageCode, String villageName) {
        if (given == null || given.isBlank()) {
            return suggest(position, acting, villageCode, villageName);
        }
        String trimmed = given.trim();
        boolean marked = trimmed.startsWith("Plt.") || trimmed.startsWith("Pj.");
        return acting == null || marked ? trimmed : acting.abbreviation() + " " + trimmed;
    }

    /**
     * "KUNGKAI" and "pasar atas" as names are written; a word already in mixed case is kept as given,
     * and a Roman numeral stays in capitals ("Kuta Cingkam II", of which 690 villages have one).
     */
    private static String titleCase(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(caseOf(word));
        }
        return out.toString();
    }

    private static String caseOf(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        String lower = word.toLowerCase(Locale.ROOT);
        if (upper.matches("[IVX]+")) {
            return upper;
        }
        if (!word.equals(upper) && !word.equals(lower)) {
            return word;
        }
        return upper.substring(0, 1) + lower.substring(1);
    }
}
