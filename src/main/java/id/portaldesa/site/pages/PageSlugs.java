package id.portaldesa.site.pages;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Readable addresses of a village's pages, from their titles: {@code "APBDes Tahun 2026"} →
 * {@code apbdes-tahun-2026}. Letters with accents lose them, everything else that is not a letter or
 * digit becomes one hyphen; a title with nothing readable becomes {@code halaman}.
 */
public final class PageSlugs {

    public static final int MAX_LENGTH = 100;
    static final String FALLBACK = "halaman";

    private PageSlugs() {}

    public static String of(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** The slug of a title that no other page of the village uses: {@code profil-bpd-2} when taken. */
    public static String unique(String title, Predicate<String> taken) {
        String base = of(title);
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String stem = base.length() + suffix.length() > MAX_LENGTH
                    ? base.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "")
                    : base;
            if (!taken.test(stem + suffix)) {
                return stem + suffix;
            }
        }
    }

    /** Whether a slug from an address could be one of ours at all (before looking it up). */
    public static boolean isWellFormed(String slug) {
        return slug != null && !slug.isEmpty() && slug.length() <= MAX_LENGTH && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
