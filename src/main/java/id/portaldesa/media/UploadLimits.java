package id.portaldesa.media;

/**
 * How large an upload may be, in one place. The per-file limits are the app's, each refused with a
 * message naming it; the per-request limit is the same in {@code web.xml} (the Faces servlet's
 * multipart-config, whose per-file limit is the request's, so that the app and not the container
 * says which file is too large) and in {@code deploy/nginx} ({@code client_max_body_size}), so no
 * request the app would take is cut off before it, and one too large meets a page of the portal
 * rather than a bare 413. {@code UploadLimitsTest} reads both files.
 */
public final class UploadLimits {

    private static final int MIB = 1024 * 1024;

    /** A phone photo of 12 MB passes. */
    public static final int IMAGE_MAX_BYTES = 15 * MIB;

    public static final int DOCUMENT_MAX_BYTES = 10 * MIB;

    /** The largest file of any kind: what {@link Upload#of} reads at most (plus one byte). */
    public static final int FILE_MAX_BYTES = Math.max(IMAGE_MAX_BYTES, DOCUMENT_MAX_BYTES);

    /** One form post with its files: a few photos at their largest, and the form's fields. */
    public static final long REQUEST_MAX_BYTES = 64L * MIB;

    /**
     * Pixels a picture may declare in its header (a 108-megapixel phone photo passes). More is refused
     * before any pixel is decoded: a small file can claim a gigapixel and would fill the memory.
     */
    public static final long MAX_PIXELS = 120_000_000L;

    /** Pixels on the longer side (panoramas), with the same reasoning. */
    public static final int MAX_SIDE = 24_000;

    /** Smaller pictures are refused: nothing could be seen of them. */
    public static final int MIN_SIDE = 16;

    private UploadLimits() {}

    /** Megabytes for messages: 15 for {@link #IMAGE_MAX_BYTES}. */
    public static int megabytes(long bytes) {
        return (int) (bytes / MIB);
    }
}
