package id.portaldesa.site.profile;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The current village's officials, in their order. */
@ApplicationScoped
public class OfficialRepository extends VillageScopedRepository<Official> {

    public OfficialRepository() {
        super(Official.class);
    }

    public List<Official> inOrder() {
        return scoped("select e from Official e where e.villageId = :village order by e.sortOrder, e.id")
                .getResultList();
    }

    /** The official linked to this membership, if any (a membership is shown once). */
    public boolean isLinked(long membershipId, Long except) {
        return scoped(
                                "select count(e) from Official e where e.villageId = :village and e.membershipId = :m"
                                        + " and e.id <> :except",
                                Long.class)
                        .setParameter("m", membershipId)
                        .setParameter("except", except == null ? -1L : except)
                        .getSingleResult()
                > 0;
    }

    void remove(Official official) {
        if (official.belongsTo(village())) {
            em.remove(official);
        }
    }
}
