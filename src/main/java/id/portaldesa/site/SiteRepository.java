package id.portaldesa.site;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** The current village's site row; there is at most one, made on its first change. */
@ApplicationScoped
public class SiteRepository extends VillageScopedRepository<Site> {

    private static final String CURRENT = "select e from Site e where e.villageId = :village";

    public SiteRepository() {
        super(Site.class);
    }

    public Optional<Site> current() {
        return scoped(CURRENT).getResultStream().findFirst();
    }

    /** The row, locked until commit, made now if the village has never changed its site. */
    Site lockCurrent() {
        Optional<Site> existing = scoped(CURRENT)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Site site = new Site(village());
        add(site);
        em.flush();
        return site;
    }
}
