package id.portaldesa.media;

/** What a stored upload is: a picture (kept as resized variants) or a document (a PDF, kept as sent). */
public enum MediaKind {
    IMAGE,
    DOCUMENT
}
