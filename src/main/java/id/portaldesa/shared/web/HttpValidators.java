package id.portaldesa.shared.web;

import java.util.Arrays;
import java.util.Locale;

/**
 * The request headers that let a slow link skip bytes: whether the browser takes gzip, and whether
 * the copy it already holds (its ETag) is still the current one.
 */
public final class HttpValidators {

    private HttpValidators() {}

    /** Whether {@code Accept-Encoding} names gzip without refusing it by {@code q=0}. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        return Arrays.stream(acceptEncoding.split(","))
                .map(coding -> coding.trim().toLowerCase(Locale.ROOT).split(";"))
                .filter(parts -> "gzip".equals(parts[0].trim()))
                .anyMatch(parts -> !(parts.length > 1 && parts[1].trim().matches("q=0(\\.0*)?")));
    }

    /** Whether an {@code If-None-Match} list holds the given ETag (weak comparison, as HTTP asks for GET). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(tag -> tag.trim().replaceFirst("^W/", ""))
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
