package id.portaldesa.letters;

import id.portaldesa.shared.BusinessException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a letter type definition acceptable, checked wherever one enters (the admin's editor, an
 * imported file, a shipped file): a refusal names the problem ({@code letters.type.*}); an accepted
 * definition comes back trimmed, with its template sanitised.
 */
public final class TypeRules {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,11}");
    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    /** Kode klasifikasi: three digits, then up to four dotted groups (400.12.2.1). */
    static final Pattern CLASSIFICATION = Pattern.compile("\\d{3}(\\.\\d{1,3}){0,4}");

    public static final int MAX_FIELDS = 30;
    public static final int MAX_ATTACHMENTS = 10;
    public static final int MAX_CHOICES = 30;

    private TypeRules() {}

    public static LetterTypeDefinition checked(LetterTypeDefinition d) {
        String code = trim(d.code()) == null ? "" : trim(d.code()).toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new BusinessException("letters.type.code.format");
        }
        String name = trim(d.name());
        if (name == null || name.length() > 120) {
            throw new BusinessException("letters.type.name.invalid");
        }
        String description = trim(d.description());
        if (description != null && description.length() > 2000) {
            throw new BusinessException("letters.type.description.tooLong", 2000);
        }
        String classification = trim(d.classificationCode());
        if (classification == null || !CLASSIFICATION.matcher(classification).matches()) {
            throw new BusinessException("letters.type.classification.format");
        }
        if (d.validityDays() != null && (d.validityDays() < 1 || d.validityDays() > 3650)) {
            throw new BusinessException("letters.type.validity.range", 3650);
        }
        if (d.usualDays() < 1 || d.usualDays() > 60) {
            throw new BusinessException("letters.type.usualDays.range", 60);
        }
        if (d.fields().size() > MAX_FIELDS) {
            throw new BusinessException("letters.type.fields.tooMany", MAX_FIELDS);
        }
        if (d.attachments().size() > MAX_ATTACHMENTS) {
            throw new BusinessException("letters.type.attachments.tooMany", MAX_ATTACHMENTS);
        }
        Set<String> keys = new HashSet<>();
        List<FieldDef> fields = new ArrayList<>();
        for (FieldDef f : d.fields()) {
            fields.add(checked(f, keys));
        }
        Set<String> attachmentKeys = new HashSet<>();
        List<AttachmentDef> attachments = new ArrayList<>();
        for (AttachmentDef a : d.attachments()) {
            String key = trim(a.key());
            if (key == null || !KEY.matcher(key).matches()) {
                throw new BusinessException("letters.type.key.format", key == null ? "" : key);
            }
            if (!attachmentKeys.add(key)) {
                throw new BusinessException("letters.type.key.duplicate", key);
            }
            String label = trim(a.label());
            if (label == null || label.length() > 120) {
                throw new BusinessException("letters.type.label.invalid", key);
            }
            attachments.add(new AttachmentDef(key, label, a.required(), shortText(a.help(), 300)));
        }
        String template = d.template() == null ? "" : d.template();
        LetterTemplate.check(template, Placeholders.validFor(fields));
        String clean = TemplateHtml.sanitise(template);
        if (clean.replaceAll("<[^>]*>", "").isBlank()) {
            throw new BusinessException("letters.template.empty");
        }
        return new LetterTypeDefinition(
                code, name, description, classification, d.validityDays(), d.usualDays(), fields, attachments, clean);
    }

    private static FieldDef checked(FieldDef f, Set<String> keys) {
        String key = trim(f.key());
        if (key == null || !KEY.matcher(key).matches()) {
            throw new BusinessException("letters.type.key.format", key == null ? "" : key);
        }
        if (!keys.add(key)) {
            throw new BusinessException("letters.type.key.duplicate", key);
        }
        String label = trim(f.label());
        if (label == null || label.length() > 120) {
            throw new BusinessException("letters.type.label.invalid", key);
        }
        if (f.type() == null) {
            throw new BusinessException("letters.type.field.type", key);
        }
        List<String> choices = new ArrayList<>();
        if (f.type() == FieldType.CHOICE) {
            for (String c : f.choices()) {
                String choice = trim(c);
                if (choice != null && !choices.contains(choice)) {
                    if (choice.length() > 120) {
                        throw new BusinessException("letters.type.label.invalid", key);
                    }
                    choices.add(choice);
                }
            }
            if (choices.isEmpty() || choices.size() > MAX_CHOICES) {
                throw new BusinessException("letters.type.field.choices", key, MAX_CHOICES);
            }
        }
        String prefill = trim(f.prefill());
        if (prefill != null && !Placeholders.APPLICANT.containsKey(prefill)) {
            throw new BusinessException(
                    "letters.type.field.prefill", key, String.join(", ", Placeholders.APPLICANT.keySet()));
        }
        return new FieldDef(key, label, f.type(), f.required(), shortText(f.help(), 300), choices, prefill);
    }

    private static String shortText(String text, int max) {
        String t = trim(text);
        return t == null ? null : t.substring(0, Math.min(max, t.length()));
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
