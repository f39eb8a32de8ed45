package id.portaldesa.media;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stored upload, immutable: safe to keep in caches and page models. For an image, {@code width} and
 * {@code height} are those of its largest variant, {@code size} that variant's bytes and {@code
 * contentType} the type of every variant ({@code image/jpeg}, or {@code image/png} for pictures with
 * transparency); for a document they are 0, the file's bytes and {@code application/pdf}. {@code
 * version} changes whenever the stored bytes do, so addresses that carry it may be cached for a year.
 *
 * @param fileName the name the file had on the uploader's device, cleaned: for showing and for a
 *     download's name, never for storage
 */
public record MediaRef(
        long id,
        long villageId,
        MediaKind kind,
        MediaVisibility visibility,
        String fileName,
        String contentType,
        long size,
        int width,
        int height,
        String version)
        implements Serializable {

    /** The widths of the resized variants every image gets, where it is wider than them: never upscaled. */
    public static final List<Integer> VARIANT_WIDTHS = List.of(320, 640, 1280);

    public MediaRef {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(visibility);
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(version);
    }

    /**
     * The widths of this image's variants, smallest first: the standard widths below its own, and its
     * own (at most 1280); none for a document.
     */
    public List<Integer> widths() {
        return widthsFor(kind, width);
    }

    static List<Integer> widthsFor(MediaKind kind, int width) {
        if (kind != MediaKind.IMAGE) {
            return List.of();
        }
        List<Integer> widths = new ArrayList<>();
        for (int standard : VARIANT_WIDTHS) {
            if (standard < width) {
                widths.add(standard);
            }
        }
        widths.add(width);
        return List.copyOf(widths);
    }

    /** The variant to send for a wanted width: the smallest at least as wide, else the largest. */
    public int variantFor(int wanted) {
        List<Integer> widths = widths();
        if (widths.isEmpty()) {
            return 0;
        }
        return widths.stream().filter(w -> w >= wanted).findFirst().orElse(widths.get(widths.size() - 1));
    }

    /** The height of the variant of this width, in proportion. */
    public int heightAt(int variantWidth) {
        return width == 0 ? 0 : Math.max(1, (int) Math.round((double) height * variantWidth / width));
    }

    public boolean isImage() {
        return kind == MediaKind.IMAGE;
    }

    public boolean isPublic() {
        return visibility == MediaVisibility.PUBLIC;
    }

    /** The stored files' extension: {@code jpg}, {@code png} or {@code pdf}. */
    public String extension() {
        return StoredType.ofContentType(contentType).extension();
    }
}
