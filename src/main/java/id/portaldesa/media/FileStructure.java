package id.portaldesa.media;

import java.nio.charset.StandardCharsets;

/**
 * Walks a file's own structure, without decoding it, to tell whether it arrived whole (decoders fill a
 * cut-off picture with grey and go on) and, for a JPEG, which way up the camera says it is. Bytes after
 * the end of a picture are ignored: they are never stored anyway.
 */
final class FileStructure {

    /** What the JPEG walk learns: the EXIF orientation (1–8, 1 when none) and whether it ends with EOI. */
    record Jpeg(int orientation, boolean complete) {}

    private static final int EXIF_ORIENTATION = 0x0112;
    private static final int TIFF_SHORT = 3;

    private FileStructure() {}

    static boolean isComplete(SniffedType type, byte[] b) {
        return switch (type) {
            case JPEG -> jpeg(b).complete();
            case PNG -> pngComplete(b);
            case GIF -> gifComplete(b);
            case WEBP -> webpComplete(b);
            case PDF -> pdfComplete(b);
            default -> false;
        };
    }

    /**
     * Markers up to the end of image: segments are skipped by their length (an EXIF thumbnail inside
     * one, with its own end marker, is not mistaken for the end), scans up to the next marker.
     */
    static Jpeg jpeg(byte[] b) {
        int orientation = 0;
        int i = 2;
        while (i + 1 < b.length) {
            if (u(b, i) != 0xFF) {
                return new Jpeg(orDefault(orientation), false);
            }
            int marker = u(b, i + 1);
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            i += 2;
            if (marker == 0xD9) {
                return new Jpeg(orDefault(orientation), true);
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                continue; // markers without a segment
            }
            if (i + 1 >= b.length) {
                break;
            }
            int length = (u(b, i) << 8) | u(b, i + 1);
            if (length < 2 || (long) i + length > b.length) {
                break;
            }
            if (marker == 0xE1 && orientation == 0) {
                orientation = exifOrientation(b, i + 2, length - 2);
            }
            i += length;
            if (marker == 0xDA) {
                i = endOfScan(b, i);
            }
        }
        return new Jpeg(orDefault(orientation), false);
    }

    /** Entropy-coded data ends at the first marker that is neither a stuffed 0xFF00 nor a restart. */
    private static int endOfScan(byte[] b, int from) {
        int i = from;
        while (i + 1 < b.length) {
            if (u(b, i) == 0xFF) {
                int next = u(b, i + 1);
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                    i += 2;
                    continue;
                }
                if (next != 0xFF) {
                    return i;
                }
            }
            i++;
        }
        return b.length;
    }

    private static int orDefault(int orientation) {
        return orientation == 0 ? 1 : orientation;
    }

    /**
     * The orientation tag of IFD0 of an APP1 "Exif" segment, or 0 when the segment is not EXIF or has
     * none (then a later APP1 may still be the EXIF one). Offsets come from the file: each is checked
     * against the segment before use.
     */
    static int exifOrientation(byte[] b, int start, int length) {
        int end = start + length;
        if (length < 14 || !ascii(b, start, 6).equals("Exif\0\0")) {
            return 0;
        }
        int tiff = start + 6;
        boolean little;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            little = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        long ifd = tiff + int32(b, tiff + 4, little);
        if (ifd < tiff + 8 || ifd + 2 > end) {
            return 1;
        }
        int entries = int16(b, (int) ifd, little);
        for (int k = 0; k < entries; k++) {
            long entry = ifd + 2 + 12L * k;
            if (entry + 12 > end) {
                break;
            }
            int at = (int) entry;
            if (int16(b, at, little) == EXIF_ORIENTATION) {
                int value = int16(b, at + 8, little);
                return int16(b, at + 2, little) == TIFF_SHORT && value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** Chunks from the signature on, each by its length, up to IEND. */
    static boolean pngComplete(byte[] b) {
        long i = 8;
        while (i + 12 <= b.length) {
            long length = int32(b, (int) i, false) & 0xFFFFFFFFL;
            String type = ascii(b, (int) i + 4, 4);
            i += 12 + length;
            if (i > b.length) {
                return false;
            }
            if (type.equals("IEND")) {
                return true;
            }
        }
        return false;
    }

    /** Header, colour table, then extension and image blocks (each a chain of sub-blocks) up to the trailer. */
    static boolean gifComplete(byte[] b) {
        if (b.length < 13) {
            return false;
        }
        int i = 13;
        int flags = u(b, 10);
        if ((flags & 0x80) != 0) {
            i += 3 * (1 << ((flags & 0x07) + 1));
        }
        while (i < b.length) {
            int block = u(b, i);
            if (block == 0x3B) {
                return true;
            } else if (block == 0x21) {
                i = skipSubBlocks(b, i + 2);
            } else if (block == 0x2C) {
                if (i + 10 > b.length) {
                    return false;
                }
                int local = u(b, i + 9);
                i += 10;
                if ((local & 0x80) != 0) {
                    i += 3 * (1 << ((local & 0x07) + 1));
                }
                i = skipSubBlocks(b, i + 1); // after the LZW minimum code size
            } else {
                return false;
            }
            if (i < 0) {
                return false;
            }
        }
        return false;
    }

    /** The position after a chain of sub-blocks ending with an empty one, or -1 when the file ends first. */
    private static int skipSubBlocks(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int size = u(b, i);
            i += 1 + size;
            if (size == 0) {
                return i;
            }
        }
        return -1;
    }

    /** RIFF names its own length. */
    static boolean webpComplete(byte[] b) {
        if (b.length < 12) {
            return false;
        }
        long riffLength = int32(b, 4, true) & 0xFFFFFFFFL;
        return riffLength + 8 <= b.length;
    }

    /** A PDF ends with {@code %%EOF} (a few bytes of line ends or padding may follow). */
    static boolean pdfComplete(byte[] b) {
        int tail = Math.min(b.length, 1024);
        return new String(b, b.length - tail, tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    private static int u(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int int16(byte[] b, int i, boolean little) {
        if (i < 0 || i + 2 > b.length) {
            return -1;
        }
        return little ? u(b, i) | (u(b, i + 1) << 8) : (u(b, i) << 8) | u(b, i + 1);
    }

    private static long int32(byte[] b, int i, boolean little) {
        if (i < 0 || i + 4 > b.length) {
            return -1;
        }
        long value = little
                ? u(b, i) | (u(b, i + 1) << 8) | (u(b, i + 2) << 16) | ((long) u(b, i + 3) << 24)
                : ((long) u(b, i) << 24) | (u(b, i + 1) << 16) | (u(b, i + 2) << 8) | u(b, i + 3);
        return value;
    }

    private static String ascii(byte[] b, int offset, int length) {
        if (offset < 0 || b.length < offset + length) {
            return "";
        }
        return new String(b, offset, length, StandardCharsets.ISO_8859_1);
    }
}
