package id.portaldesa.news;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The readable part of an article's address, {@code /berita/<slug>}, made from its title: lower-case
 * letters and digits between single hyphens, at most {@value #MAX_LENGTH} characters cut at a word.
 * Indonesian titles read well: "Musyawarah Desa &amp; Penetapan APBDes 2026" →
 * {@code musyawarah-desa-dan-penetapan-apbdes-2026}, "Jum'at Bersih" → {@code jumat-bersih},
 * "Diskon 50% Pupuk" → {@code diskon-50-persen-pupuk}; accents go ("Kafé" → {@code kafe}). A title
 * with nothing readable left (emoji, another script) becomes {@value #FALLBACK}.
 */
public final class ArticleSlug {

    public static final int MAX_LENGTH = 80;
    static final String FALLBACK = "artikel";
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ArticleSlug() {}

    public static boolean isValid(String slug) {
        return slug != null
                && !slug.isEmpty()
                && slug.length() <= MAX_LENGTH
                && FORMAT.matcher(slug).matches();
    }

    /** The slug a title reads as (not yet made unique). */
    public static String of(String title) {
        if (title == null) {
            return FALLBACK;
        }
        String words = title.replace("&", " dan ")
                .replace("%", " persen ")
                .replace("+", " plus ")
                // Apostrophes join a word (Jum'at, Ma'ruf) instead of splitting it.
                .replaceAll("['’`ʼ‘]", "");
        String ascii = Normalizer.normalize(words, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = cut(slug, MAX_LENGTH);
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** {@code base}, or {@code base-2}, {@code base-3} … : the first that is not taken. */
    public static String unique(String base, Predicate<String> taken) {
        String start = isValid(base) ? base : of(base);
        if (!taken.test(start)) {
            return start;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String numbered = cut(start, MAX_LENGTH - suffix.length()) + suffix;
            if (!taken.test(numbered)) {
                return numbered;
            }
        }
    }

    /** At most {@code max} characters, at a hyphen when there is one in the second half. */
    static String cut(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        String head = slug.substring(0, max);
        int hyphen = head.lastIndexOf('-');
        if (slug.charAt(max) != '-' && hyphen > max / 2) {
            head = head.substring(0, hyphen);
        }
        return head.replaceAll("-+$", "");
    }
}
