package id.portaldesa.participation;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A village's own label of a fixed code (a category, an answer status), and a category's SLA. */
@Entity
@Table(name = "participation_label")
public class ParticipationLabel extends VillageOwned {

    @Column(name = "label_key", nullable = false, updatable = false)
    private String labelKey;

    @Column(nullable = false)
    private String text;

    @Column(name = "sla_hours")
    private Integer slaHours;

    protected ParticipationLabel() {}

    ParticipationLabel(long villageId, String labelKey, String text, Integer slaHours) {
        super(villageId);
        this.labelKey = labelKey;
        this.text = text;
        this.slaHours = slaHours;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getText() {
        return text;
    }

    public Integer getSlaHours() {
        return slaHours;
    }

    void change(String text, Integer slaHours) {
        this.text = text;
        this.slaHours = slaHours;
    }
}
