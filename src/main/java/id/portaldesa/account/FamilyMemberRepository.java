package id.portaldesa.account;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Family members listed by the residents of the current village. */
@ApplicationScoped
public class FamilyMemberRepository extends VillageScopedRepository<FamilyMember> {

    public FamilyMemberRepository() {
        super(FamilyMember.class);
    }

    public List<FamilyMember> ofResident(long residentId) {
        return scoped("select e from FamilyMember e where e.villageId = :village and e.residentId = :r order by e.id")
                .setParameter("r", residentId)
                .getResultList();
    }

    /** Stores the member at once, so it has its id for sealing its NIK. */
    @Override
    public void add(FamilyMember member) {
        super.add(member);
        em.flush();
    }

    public void remove(FamilyMember member) {
        em.remove(member);
    }
}
