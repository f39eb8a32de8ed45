package id.portaldesa.site.profile;

import id.portaldesa.shared.privacy.DataSubject;
import id.portaldesa.shared.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a person is listed among a village's officials through their staff account: part of their
 * export, and removed from every profile when the account is erased (their photo with it).
 */
@ApplicationScoped
public class OfficialPersonalData implements PersonalDataSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "siteOfficials";
    }

    @Override
    public Object export(DataSubject subject) {
        List<Official> listed = listed(subject);
        if (listed.isEmpty()) {
            return null;
        }
        return listed.stream()
                .map(o -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("villageId", o.getVillageId());
                    row.put("position", o.getPositionLabel());
                    row.put("hasPhoto", o.getPhotoMediaId() != null);
                    return row;
                })
                .toList();
    }

    @Override
    public void erase(DataSubject subject) {
        for (Official official : listed(subject)) {
            em.remove(official);
        }
    }

    private List<Official> listed(DataSubject subject) {
        return em.createQuery(
                        "select o from Official o, Membership m where m.id = o.membershipId and m.accountId = :a"
                                + " and m.villageId = o.villageId",
                        Official.class)
                .setParameter("a", subject.accountId())
                .getResultList();
    }
}
