package id.portaldesa.participation;

import id.portaldesa.shared.privacy.DataSubject;
import id.portaldesa.shared.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What e-participation holds about a person, in every village: the aspirations they wrote, the ones
 * they supported or flagged, their complaints (filed logged in, or as a guest with the account's
 * email address) and what they wrote on them. Erasure empties the complaints' contact (name and
 * email address, which only staff saw); aspirations and complaints stay as the village's record
 * (the account's own name is replaced by the account's erasure), supports and flags stay as counts.
 */
@ApplicationScoped
public class ParticipationPersonalData implements PersonalDataSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public String section() {
        return "participation";
    }

    @Override
    public Object export(DataSubject subject) {
        Map<String, Object> all = new LinkedHashMap<>();
        List<Map<String, Object>> aspirations = em.createQuery(
                        "select a from Aspiration a where a.authorAccountId = :a order by a.id", Aspiration.class)
                .setParameter("a", subject.accountId())
                .getResultStream()
                .map(a -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("village", a.getVillageId());
                    row.put("id", a.getId());
                    row.put("title", a.getTitle());
                    row.put("description", a.getDescription());
                    row.put("category", a.getCategory().name());
                    row.put("dusun", a.getDusun());
                    row.put("rt", a.getRt());
                    row.put("rw", a.getRw());
                    row.put("state", a.getState().name());
                    row.put("createdAt", a.getCreatedAt());
                    return row;
                })
                .toList();
        if (!aspirations.isEmpty()) {
            all.put("aspirations", aspirations);
        }
        List<?> supports = em.createNativeQuery(
                        "SELECT aspiration_id FROM aspiration_support WHERE account_id = ?1 ORDER BY id")
                .setParameter(1, subject.accountId())
                .getResultList();
        if (!supports.isEmpty()) {
            all.put(
                    "supportedAspirations",
                    supports.stream().map(o -> ((Number) o).longValue()).toList());
        }
        List<?> flags = em.createNativeQuery(
                        "SELECT aspiration_id FROM aspiration_flag WHERE account_id = ?1 ORDER BY id")
                .setParameter(1, subject.accountId())
                .getResultList();
        if (!flags.isEmpty()) {
            all.put(
                    "flaggedAspirations",
                    flags.stream().map(o -> ((Number) o).longValue()).toList());
        }
        List<Map<String, Object>> complaints = mine(subject).stream()
                .map(c -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("village", c.getVillageId());
                    row.put("reference", c.getReference());
                    row.put("category", c.getCategory().name());
                    row.put("description", c.getDescription());
                    row.put("location", c.getLocation());
                    row.put("contactName", c.getContactName());
                    row.put("contactEmail", c.getContactEmail());
                    row.put("anonymous", c.isAnonymous());
                    row.put("storyConsent", c.isStoryConsent());
                    row.put("state", c.getState().name());
                    row.put("createdAt", c.getCreatedAt());
                    row.put(
                            "messages",
                            em.createQuery(
                                            "select m from ComplaintMessage m where m.complaintId = :c and m.kind = :k"
                                                    + " order by m.id",
                                            ComplaintMessage.class)
                                    .setParameter("c", c.getId())
                                    .setParameter("k", ComplaintMessage.Kind.COMPLAINANT.name())
                                    .getResultStream()
                                    .map(ComplaintMessage::getText)
                                    .toList());
                    return row;
                })
                .toList();
        if (!complaints.isEmpty()) {
            all.put("complaints", complaints);
        }
        return all.isEmpty() ? null : all;
    }

    @Override
    public void erase(DataSubject subject) {
        var now = clock.instant();
        mine(subject).forEach(c -> c.forget(now));
    }

    private List<Complaint> mine(DataSubject subject) {
        return em.createQuery(
                        "select c from Complaint c where c.complainantAccountId = :a or lower(c.contactEmail) = :e"
                                + " order by c.id",
                        Complaint.class)
                .setParameter("a", subject.accountId())
                .setParameter(
                        "e", subject.email() == null ? "" : subject.email().toLowerCase(java.util.Locale.ROOT))
                .getResultList();
    }
}
