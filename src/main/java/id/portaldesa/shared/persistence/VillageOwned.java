package id.portaldesa.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Superclass of every entity that belongs to one village. The village is fixed at creation and never
 * changes; repositories filter every query on it.
 */
@MappedSuperclass
public abstract class VillageOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "village_id", nullable = false, updatable = false)
    private long villageId;

    @Version
    private long version;

    protected VillageOwned() {}

    protected VillageOwned(long villageId) {
        this.villageId = villageId;
    }

    public Long getId() {
        return id;
    }

    public long getVillageId() {
        return villageId;
    }

    public boolean belongsTo(long village) {
        return villageId == village;
    }
}
