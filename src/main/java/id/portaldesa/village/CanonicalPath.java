package id.portaldesa.village;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether a request path, exactly as the visitor sent it, is written the one way the portal writes
 * its own addresses. The servlet container decodes, strips {@code ;} parameters and removes dot
 * segments before it picks a servlet, while the village and its page are chosen from the raw path:
 * were the two allowed to differ, an address could be checked as one page and served as another
 * ({@code /jakarta.faces.resource/../office/…}). So any other spelling is refused outright, and
 * what the portal resolves is what the container dispatches.
 *
 * <p>Refused: a {@code ;} anywhere (path parameters such as {@code ;jsessionid=}), a backslash,
 * an empty segment ({@code //}), a {@code .} or {@code ..} segment, a malformed escape, an escape
 * of a character that needs none ({@code %6b} for {@code k}, {@code %2e} for {@code .}) or of a
 * separator ({@code %2f}, {@code %3b}, {@code %5c}), control characters, and escapes that are not
 * UTF-8. Escapes of other characters (a space, {@code é}) stay allowed, for names in addresses.
 */
public final class CanonicalPath {

    private CanonicalPath() {}

    public static boolean isCanonical(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ';' || c == '\\' || c < 0x21 || c == 0x7f) {
                return false;
            }
        }
        // The root "/" and one trailing slash ("/kungkai/") are the only empty segments.
        String body =
                path.length() > 1 && path.endsWith("/") ? path.substring(1, path.length() - 1) : path.substring(1);
        if (body.isEmpty()) {
            return path.equals("/");
        }
        for (String segment : body.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || !escapesAreCanonical(segment)) {
                return false;
            }
        }
        return true;
    }

    private static boolean escapesAreCanonical(String segment) {
        if (segment.indexOf('%') < 0) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                bytes.put((byte) c);
                continue;
            }
            if (i + 2 >= segment.length()) {
                return false;
            }
            int high = Character.digit(segment.charAt(i + 1), 16);
            int low = Character.digit(segment.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return false;
            }
            int value = high * 16 + low;
            if (value < 0x21 && value != 0x20 || value == 0x7f || needsNoEscape(value) || isSeparator(value)) {
                return false;
            }
            bytes.put((byte) value);
            i += 2;
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Unreserved characters (RFC 3986): written as themselves, never escaped. */
    private static boolean needsNoEscape(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }

    /** Characters the container treats as structure of the path once decoded. */
    private static boolean isSeparator(int c) {
        return c == '/' || c == '\\' || c == ';' || c == '%';
    }
}
