package id.portaldesa.letters;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The current village's walk-in persons. */
@ApplicationScoped
public class WalkInRepository extends VillageScopedRepository<WalkInPerson> {

    public WalkInRepository() {
        super(WalkInPerson.class);
    }

    public Optional<WalkInPerson> byNikHash(String hash) {
        return scoped("select e from WalkInPerson e where e.villageId = :village and e.nikHash = :h")
                .setParameter("h", hash)
                .getResultStream()
                .findFirst();
    }

    public void addNow(WalkInPerson person) {
        add(person);
        em.flush();
    }
}
