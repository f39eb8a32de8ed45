package id.portaldesa.letters;

/**
 * A document a letter type asks for (a scan of the KTP, the KK, a letter from the RT): an image or a
 * PDF the resident uploads, kept private and deleted after the retention period.
 *
 * @param key stable within the type, {@code [a-z][a-z0-9_]*}
 * @param help may be null
 */
public record AttachmentDef(String key, String label, boolean required, String help) {}
