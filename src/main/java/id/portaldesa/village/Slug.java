package id.portaldesa.village;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The readable name of a village in URLs: {@code /kungkai/}. Lower-case letters, digits and single
 * hyphens, 3–60 characters, and never a word the platform itself uses as a first path segment.
 */
public final class Slug {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    /** First path segments that belong to the platform, not to a village. */
    public static final Set<String> RESERVED = Set.of(
            "public",
            "office",
            "resident",
            "platform",
            "jakarta.faces.resource",
            "javax.faces.resource",
            "themes",
            "static",
            "health",
            "metrics",
            "openapi",
            "api",
            "web-inf",
            "meta-inf",
            "favicon.ico",
            "robots.txt",
            "sitemap.xml",
            "admin",
            "login",
            "logout",
            "www",
            "desa",
            "kelurahan",
            "assets",
            // first segments of the platform's own clean addresses (TenantFilter checks at start)
            "masuk",
            "persiapan",
            "lupa-sandi",
            "atur-ulang-sandi",
            "akun",
            "v");

    private Slug() {}

    public static boolean isValid(String slug) {
        return slug != null
                && slug.length() >= 3
                && slug.length() <= 60
                && FORMAT.matcher(slug).matches()
                && !RESERVED.contains(slug);
    }

    /** {@code "Sungai Kapas"} → {@code "sungai-kapas"}; adds the district when the name is taken. */
    public static String suggest(String villageName, String districtName, Predicate<String> taken) {
        String plain = normalise(villageName);
        if (isValid(plain) && !taken.test(plain)) {
            return plain;
        }
        String withDistrict = normalise(villageName + " " + districtName);
        if (isValid(withDistrict) && !taken.test(withDistrict)) {
            return withDistrict;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            // Still at most 60 characters with the number, and still a valid slug.
            String base = withDistrict.length() + suffix.length() > 60
                    ? withDistrict.substring(0, 60 - suffix.length()).replaceAll("-$", "")
                    : withDistrict;
            String numbered = base + suffix;
            if (isValid(numbered) && !taken.test(numbered)) {
                return numbered;
            }
        }
    }

    static String normalise(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }
}
