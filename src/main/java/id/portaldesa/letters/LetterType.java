package id.portaldesa.letters;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A letter type of one village: a copy of a shipped type made when the admin first enabled or edited
 * it, or one the village defined or imported. Only enabled types are offered to residents.
 */
@Entity
@Table(name = "letter_type")
public class LetterType extends VillageOwned {

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "classification_code", nullable = false)
    private String classificationCode;

    @Column(name = "validity_days")
    private Integer validityDays;

    @Column(name = "usual_days", nullable = false)
    private int usualDays;

    @Column(nullable = false)
    private String fields;

    @Column(nullable = false)
    private String attachments;

    @Column(nullable = false)
    private String template;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private boolean shipped;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LetterType() {}

    LetterType(long villageId, LetterTypeDefinition definition, boolean shipped, Instant now) {
        super(villageId);
        this.shipped = shipped;
        change(definition, now);
    }

    void change(LetterTypeDefinition d, Instant now) {
        code = d.code();
        name = d.name();
        description = d.description();
        classificationCode = d.classificationCode();
        validityDays = d.validityDays();
        usualDays = d.usualDays();
        fields = TypeFiles.fieldsJson(d.fields());
        attachments = TypeFiles.attachmentsJson(d.attachments());
        template = d.template();
        updatedAt = now;
    }

    public LetterTypeDefinition definition() {
        return new LetterTypeDefinition(
                code,
                name,
                description,
                classificationCode,
                validityDays,
                usualDays,
                TypeFiles.fields(fields),
                TypeFiles.attachments(attachments),
                template);
    }

    void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isShipped() {
        return shipped;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
