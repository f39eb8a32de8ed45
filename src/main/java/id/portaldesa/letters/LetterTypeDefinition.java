package id.portaldesa.letters;

import java.util.List;
import java.util.Optional;

/**
 * Everything a village admin edits about a letter type, and what an exported type file holds: the
 * same shape for a shipped type (resource files under {@code letters/types/}), a village's own type
 * and a shared one.
 *
 * @param code short code used in references and numbers, e.g. {@code SKD}
 * @param classificationCode kode klasifikasi (e.g. {@code 400.12.2.1}), printed in the letter number
 * @param validityDays how long the letter is valid after issue; null: no limit
 * @param usualDays how long the office usually takes, told to residents in the catalogue
 * @param template HTML with {@code {{placeholders}}}, sanitised
 */
public record LetterTypeDefinition(
        String code,
        String name,
        String description,
        String classificationCode,
        Integer validityDays,
        int usualDays,
        List<FieldDef> fields,
        List<AttachmentDef> attachments,
        String template) {

    public LetterTypeDefinition {
        fields = List.copyOf(fields == null ? List.of() : fields);
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
    }

    public Optional<FieldDef> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public Optional<AttachmentDef> attachment(String key) {
        return attachments.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    public LetterTypeDefinition withTemplate(String html) {
        return new LetterTypeDefinition(
                code, name, description, classificationCode, validityDays, usualDays, fields, attachments, html);
    }

    public LetterTypeDefinition withCode(String newCode) {
        return new LetterTypeDefinition(
                newCode, name, description, classificationCode, validityDays, usualDays, fields, attachments, template);
    }
}
