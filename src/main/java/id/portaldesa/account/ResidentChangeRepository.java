package id.portaldesa.account;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The record of work on the current village's residents. */
@ApplicationScoped
public class ResidentChangeRepository extends VillageScopedRepository<ResidentChange> {

    public ResidentChangeRepository() {
        super(ResidentChange.class);
    }

    public List<ResidentChange> ofResident(long residentId) {
        return scoped("select e from ResidentChange e where e.villageId = :village and e.residentId = :r"
                        + " order by e.changedAt desc, e.id desc")
                .setParameter("r", residentId)
                .setMaxResults(50)
                .getResultList();
    }
}
