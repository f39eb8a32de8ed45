package id.portaldesa.catalogue;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The old slugs of the current village's products and destinations. */
@ApplicationScoped
public class CatalogueOldSlugRepository extends VillageScopedRepository<CatalogueOldSlug> {

    public CatalogueOldSlugRepository() {
        super(CatalogueOldSlug.class);
    }

    public Optional<CatalogueOldSlug> find(String kind, String slug) {
        return scoped("select e from CatalogueOldSlug e where e.villageId = :village and e.kind = :k and e.slug = :s")
                .setParameter("k", kind)
                .setParameter("s", slug)
                .getResultStream()
                .findFirst();
    }

    /** Whether a slug once belonged to something else than {@code target}: its old links lead there. */
    public boolean heldByOther(String kind, String slug, long target) {
        return find(kind, slug).filter(o -> o.getTargetId() != target).isPresent();
    }

    /**
     * Moves {@code target} from {@code oldSlug} to {@code newSlug}: the old one is kept (it answers
     * 301), and the new one stops being an old one if the target had it before.
     */
    public void move(String kind, long target, String oldSlug, String newSlug, Instant now) {
        find(kind, newSlug).filter(o -> o.getTargetId() == target).ifPresent(em::remove);
        if (oldSlug != null && !oldSlug.equals(newSlug) && find(kind, oldSlug).isEmpty()) {
            add(new CatalogueOldSlug(village(), kind, oldSlug, target, now));
        }
    }

    public List<CatalogueOldSlug> all(String kind) {
        return scoped("select e from CatalogueOldSlug e where e.villageId = :village and e.kind = :k")
                .setParameter("k", kind)
                .getResultList();
    }

    public void removeOf(String kind, long target) {
        scoped("select e from CatalogueOldSlug e where e.villageId = :village and e.kind = :k and e.targetId = :t")
                .setParameter("k", kind)
                .setParameter("t", target)
                .getResultList()
                .forEach(em::remove);
    }
}
