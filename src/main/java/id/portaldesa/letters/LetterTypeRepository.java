package id.portaldesa.letters;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The current village's letter types. */
@ApplicationScoped
public class LetterTypeRepository extends VillageScopedRepository<LetterType> {

    public LetterTypeRepository() {
        super(LetterType.class);
    }

    public List<LetterType> all() {
        return scoped("select e from LetterType e where e.villageId = :village order by e.name")
                .getResultList();
    }

    public List<LetterType> enabled() {
        return scoped("select e from LetterType e where e.villageId = :village and e.enabled = true order by e.name")
                .getResultList();
    }

    public Optional<LetterType> byCode(String code) {
        return scoped("select e from LetterType e where e.villageId = :village and e.code = :c")
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    /** Locks the village first, so two admins adding the same code take turns (see VillageChanges). */
    public Optional<LetterType> byCodeForUpdate(String code) {
        return scoped("select e from LetterType e where e.villageId = :village and e.code = :c")
                .setParameter("c", code)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }
}
