package id.portaldesa.media;

import java.util.Arrays;

/** The formats the portal stores: what it writes for images, and the one document format it keeps. */
public enum StoredType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    StoredType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static StoredType ofContentType(String contentType) {
        return Arrays.stream(values())
                .filter(t -> t.contentType.equals(contentType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a stored type: " + contentType));
    }

    public static StoredType ofExtension(String extension) {
        return Arrays.stream(values())
                .filter(t -> t.extension.equals(extension))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a stored extension: " + extension));
    }
}
