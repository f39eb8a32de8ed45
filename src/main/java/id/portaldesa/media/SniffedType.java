package id.portaldesa.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What a file is, told from its first bytes alone: the name and the type the browser declared are
 * whatever the sender chose, and a script renamed {@code foto.jpg} is still a script.
 */
public enum SniffedType {
    JPEG,
    PNG,
    GIF,
    WEBP,
    PDF,
    /** An SVG drawing: XML that can carry script; refused. */
    SVG,
    /** HEIC/HEIF or AVIF (newer phones' own format): no decoder here; refused with advice. */
    HEIF,
    OTHER;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Set<String> HEIF_BRANDS =
            Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif", "avis");
    /** How far into a text file to look for an SVG root element. */
    private static final int TEXT_PROBE = 4096;

    public static SniffedType of(byte[] bytes) {
        if (bytes == null || bytes.length < 4) {
            return OTHER;
        }
        if (u(bytes, 0) == 0xFF && u(bytes, 1) == 0xD8 && u(bytes, 2) == 0xFF) {
            return JPEG;
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return PNG;
        }
        if (ascii(bytes, 0, 6).equals("GIF87a") || ascii(bytes, 0, 6).equals("GIF89a")) {
            return GIF;
        }
        if (ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        if (ascii(bytes, 0, 5).equals("%PDF-")) {
            return PDF;
        }
        if (ascii(bytes, 4, 4).equals("ftyp") && HEIF_BRANDS.contains(ascii(bytes, 8, 4))) {
            return HEIF;
        }
        if (looksLikeSvg(bytes)) {
            return SVG;
        }
        return OTHER;
    }

    public boolean isImage() {
        return this == JPEG || this == PNG || this == GIF || this == WEBP;
    }

    /** Markup that is, or may be, an SVG drawing: an XML or HTML text naming an {@code <svg} element. */
    private static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, TEXT_PROBE), StandardCharsets.ISO_8859_1)
                .replace("\u0000", "") // UTF-16 text
                .toLowerCase(Locale.ROOT);
        String start = head.replaceFirst("^(\u00ef\u00bb\u00bf|\u00fe\u00ff|\u00ff\u00fe)", "")
                .stripLeading();
        return start.startsWith("<") && head.contains("<svg");
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        if (bytes.length < offset + length) {
            return "";
        }
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }

    private static int u(byte[] bytes, int i) {
        return bytes[i] & 0xFF;
    }
}
