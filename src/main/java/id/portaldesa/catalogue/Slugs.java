package id.portaldesa.catalogue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Readable addresses of products and destinations, made from their names: {@code Kopi Robusta
 * Lereng Masurai} → {@code kopi-robusta-lereng-masurai}. Lower-case ASCII letters, digits and single
 * hyphens, at most {@value #MAX_LENGTH} characters; a name that is already taken in the village gets
 * {@code -2}, {@code -3}, ….
 */
public final class Slugs {

    public static final int MAX_LENGTH = 80;
    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private Slugs() {}

    /** The plain slug of a name; {@code fallback} when nothing readable is left (a name of emoji). */
    public static String of(String name, String fallback) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " dan ");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = cut(slug, MAX_LENGTH);
        return slug.isEmpty() ? fallback : slug;
    }

    /** The slug of a name that is not taken yet: the plain one, else with {@code -2}, {@code -3}, …. */
    public static String unique(String name, String fallback, Predicate<String> taken) {
        String base = of(name, fallback);
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String numbered = cut(base, MAX_LENGTH - suffix.length()) + suffix;
            if (!taken.test(numbered)) {
                return numbered;
            }
        }
    }

    /** Whether a text has the form of a slug (anything else in an address cannot be one of ours). */
    public static boolean isWellFormed(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && slug.matches(PATTERN);
    }

    private static String cut(String slug, int max) {
        return slug.length() <= max ? slug : slug.substring(0, max).replaceAll("-+$", "");
    }
}
