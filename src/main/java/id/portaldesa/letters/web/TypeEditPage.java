package id.portaldesa.letters.web;

import id.portaldesa.letters.AttachmentDef;
import id.portaldesa.letters.FieldDef;
import id.portaldesa.letters.FieldType;
import id.portaldesa.letters.LetterTypeDefinition;
import id.portaldesa.letters.LetterTypeService;
import id.portaldesa.letters.Placeholders;
import id.portaldesa.letters.TemplateHtml;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /kantor/surat/jenis/ubah?kode=…} (or without a code: a new type): a letter type's name,
 * description, classification code, validity, usual time, its form's fields, the documents it asks
 * for and its template, with the list of placeholders and a preview filled with sample data.
 */
@Named("letterTypeEditPage")
@ViewScoped
public class TypeEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterTypeService types;

    private String existing;
    private String code;
    private String name;
    private String description;
    private String classificationCode;
    private Integer validityDays;
    private int usualDays = 1;
    private String template = "";
    private final List<FieldRow> fields = new ArrayList<>();
    private final List<AttachmentRow> attachments = new ArrayList<>();
    private String preview;

    /** A field as the form edits it; choices one per line. */
    public static final class FieldRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private String label;
        private FieldType type = FieldType.TEXT;
        private boolean required;
        private String help;
        private String choices;
        private String prefill;

        FieldDef toDef() {
            List<String> list = choices == null
                    ? List.of()
                    : Arrays.stream(choices.split("\\R"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
            return new FieldDef(
                    key, label, type, required, help, list, prefill == null || prefill.isBlank() ? null : prefill);
        }

        static FieldRow of(FieldDef f) {
            FieldRow row = new FieldRow();
            row.key = f.key();
            row.label = f.label();
            row.type = f.type();
            row.required = f.required();
            row.help = f.help();
            row.choices = String.join("\n", f.choices());
            row.prefill = f.prefill();
            return row;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public FieldType getType() {
            return type;
        }

        public void setType(FieldType type) {
            this.type = type;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public String getHelp() {
            return help;
        }

        public void setHelp(String help) {
            this.help = help;
        }

        public String getChoices() {
            return choices;
        }

        public void setChoices(String choices) {
            this.choices = choices;
        }

        public String getPrefill() {
            return prefill;
        }

        public void setPrefill(String prefill) {
            this.prefill = prefill;
        }
    }

    /** A required document as the form edits it. */
    public static final class AttachmentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private String label;
        private boolean required;
        private String help;

        AttachmentDef toDef() {
            return new AttachmentDef(key, label, required, help);
        }

        static AttachmentRow of(AttachmentDef a) {
            AttachmentRow row = new AttachmentRow();
            row.key = a.key();
            row.label = a.label();
            row.required = a.required();
            row.help = a.help();
            return row;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public String getHelp() {
            return help;
        }

        public void setHelp(String help) {
            this.help = help;
        }
    }

    @PostConstruct
    void load() {
        existing = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("kode");
        if (existing == null || existing.isBlank()) {
            existing = null;
            template = "<p>{{pemohon.nama}}</p>";
            return;
        }
        LetterTypeDefinition d = types.definition(existing);
        code = d.code();
        name = d.name();
        description = d.description();
        classificationCode = d.classificationCode();
        validityDays = d.validityDays();
        usualDays = d.usualDays();
        template = d.template();
        d.fields().forEach(f -> fields.add(FieldRow.of(f)));
        d.attachments().forEach(a -> attachments.add(AttachmentRow.of(a)));
    }

    LetterTypeDefinition edited() {
        return new LetterTypeDefinition(
                existing != null ? existing : code,
                name,
                description,
                classificationCode,
                validityDays,
                usualDays,
                fields.stream().map(FieldRow::toDef).toList(),
                attachments.stream().map(AttachmentRow::toDef).toList(),
                template);
    }

    public String save() {
        if (existing == null) {
            types.create(edited());
        } else {
            types.save(existing, edited());
        }
        FacesMessages.info("letters.type.saved");
        FacesMessages.keepForNextRequest();
        return LetterRoutes.TYPE_EDIT + "?faces-redirect=true&kode="
                + (existing != null ? existing : code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public void showPreview() {
        preview = types.preview(edited());
    }

    public void addField() {
        fields.add(new FieldRow());
    }

    public void removeField(int index) {
        if (index >= 0 && index < fields.size()) {
            fields.remove(index);
        }
    }

    public void addAttachment() {
        attachments.add(new AttachmentRow());
    }

    public void removeAttachment(int index) {
        if (index >= 0 && index < attachments.size()) {
            attachments.remove(index);
        }
    }

    public List<String> getPlaceholders() {
        return Placeholders.validFor(fields.stream()
                        .filter(f -> f.key != null && !f.key.isBlank())
                        .map(FieldRow::toDef)
                        .toList())
                .stream()
                .map(n -> "{{" + n + "}}")
                .toList();
    }

    public List<String> getPrefillSources() {
        return List.copyOf(Placeholders.APPLICANT.keySet());
    }

    public List<String> getLayoutClasses() {
        return TemplateHtml.CLASSES;
    }

    public FieldType[] getFieldTypes() {
        return FieldType.values();
    }

    public boolean isCreating() {
        return existing == null;
    }

    public String getExisting() {
        return existing;
    }

    public List<FieldRow> getFields() {
        return fields;
    }

    public List<AttachmentRow> getAttachments() {
        return attachments;
    }

    public String getPreview() {
        return preview;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getClassificationCode() {
        return classificationCode;
    }

    public void setClassificationCode(String classificationCode) {
        this.classificationCode = classificationCode;
    }

    public Integer getValidityDays() {
        return validityDays;
    }

    public void setValidityDays(Integer validityDays) {
        this.validityDays = validityDays;
    }

    public int getUsualDays() {
        return usualDays;
    }

    public void setUsualDays(int usualDays) {
        this.usualDays = usualDays;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }
}
