package id.portaldesa.village;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A host name that serves one village's site. Secondary domains redirect to the primary one. */
@Entity
@Table(name = "village_domain")
public class VillageDomain extends VillageOwned {

    @Column(nullable = false, updatable = false)
    private String host;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected VillageDomain() {}

    public VillageDomain(long villageId, String host, boolean primary) {
        super(villageId);
        this.host = host;
        this.primary = primary;
    }

    public String getHost() {
        return host;
    }

    public boolean isPrimary() {
        return primary;
    }
}
