package id.portaldesa.site.profile;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** The current village's profile row; made on its first change. */
@ApplicationScoped
public class VillageProfileRepository extends VillageScopedRepository<VillageProfile> {

    private static final String CURRENT = "select e from VillageProfile e where e.villageId = :village";

    public VillageProfileRepository() {
        super(VillageProfile.class);
    }

    public Optional<VillageProfile> current() {
        return scoped(CURRENT).getResultStream().findFirst();
    }

    /** Call after the village's change is recorded (which locks the village): no two rows are made. */
    VillageProfile currentOrNew(Instant now) {
        return current().orElseGet(() -> {
            VillageProfile profile = new VillageProfile(village(), now);
            add(profile);
            return profile;
        });
    }
}
