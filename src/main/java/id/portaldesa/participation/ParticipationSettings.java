package id.portaldesa.participation;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A village's participation settings; a village without a row has the defaults. */
@Entity
@Table(name = "participation_settings")
public class ParticipationSettings extends VillageOwned {

    /** Flags by distinct residents after which an aspiration is hidden pending review. */
    public static final int DEFAULT_FLAG_THRESHOLD = 3;

    @Column(name = "flag_threshold", nullable = false)
    private int flagThreshold;

    protected ParticipationSettings() {}

    ParticipationSettings(long villageId, int flagThreshold) {
        super(villageId);
        this.flagThreshold = flagThreshold;
    }

    public int getFlagThreshold() {
        return flagThreshold;
    }

    void setFlagThreshold(int flagThreshold) {
        this.flagThreshold = flagThreshold;
    }
}
