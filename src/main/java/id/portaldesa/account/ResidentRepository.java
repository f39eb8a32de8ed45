package id.portaldesa.account;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Residents of the current village. */
@ApplicationScoped
public class ResidentRepository extends VillageScopedRepository<Resident> {

    public ResidentRepository() {
        super(Resident.class);
    }

    public boolean nikTaken(String nikHash) {
        return !scoped("select e from Resident e where e.villageId = :village and e.nikHash = :h")
                .setParameter("h", nikHash)
                .getResultList()
                .isEmpty();
    }

    public Optional<Resident> ofAccount(long accountId) {
        return scoped("select e from Resident e where e.villageId = :village and e.accountId = :a")
                .setParameter("a", accountId)
                .getResultStream()
                .findFirst();
    }
}
