package id.portaldesa.letters;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** How a village runs its letters; a village without a row has the {@link #defaults}. */
@Entity
@Table(name = "letter_settings")
public class LetterSettings extends VillageOwned {

    public static final int DEFAULT_RETENTION_MONTHS = 12;

    @Column(name = "secretary_step", nullable = false)
    private boolean secretaryStep;

    @Column(name = "on_behalf", nullable = false)
    private boolean onBehalf;

    @Column(name = "wet_signature", nullable = false)
    private boolean wetSignature;

    @Column(name = "retention_months", nullable = false)
    private int retentionMonths;

    @Column(name = "reference_prefix", nullable = false)
    private String referencePrefix;

    protected LetterSettings() {}

    LetterSettings(long villageId, Values values) {
        super(villageId);
        change(values);
    }

    void change(Values v) {
        secretaryStep = v.secretaryStep();
        onBehalf = v.onBehalf();
        wetSignature = v.wetSignature();
        retentionMonths = v.retentionMonths();
        referencePrefix = v.referencePrefix();
    }

    public Values values() {
        return new Values(secretaryStep, onBehalf, wetSignature, retentionMonths, referencePrefix);
    }

    /**
     * @param secretaryStep the sekdes verifies a checked request before the kades signs
     * @param onBehalf the sekdes may sign "a.n. Kepala Desa"
     * @param wetSignature letters are also printed and signed by hand (printing is recorded)
     * @param retentionMonths scans are deleted this long after a request ends
     * @param referencePrefix the village's letters in references: {@code KGK} in {@code KGK-SKD-2612-0042}
     */
    public record Values(
            boolean secretaryStep, boolean onBehalf, boolean wetSignature, int retentionMonths, String referencePrefix)
            implements java.io.Serializable {}

    /** A village that never changed its settings. */
    public static Values defaults(String villageName) {
        return new Values(true, false, false, DEFAULT_RETENTION_MONTHS, prefixOf(villageName));
    }

    /**
     * Three letters for a village: its first letter and the last two consonants of its name, {@code
     * KGK} for Kungkai, {@code SPS} for Sungai Kapas.
     */
    public static String prefixOf(String villageName) {
        return id.portaldesa.shared.VillagePrefixes.of(villageName);
    }
}
