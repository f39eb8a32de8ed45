package id.portaldesa.participation;

import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.paging.Sorting;
import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The current village's aspirations; supports and flags are rows of their own, read natively. */
@ApplicationScoped
public class AspirationRepository extends VillageScopedRepository<Aspiration> {

    static final Sorting OFFICE_ORDER = new Sorting(
            Map.of("createdAt", "e.createdAt", "supportCount", "e.supportCount", "title", "e.title"),
            "e.createdAt desc, e.id desc");

    public AspirationRepository() {
        super(Aspiration.class);
    }

    /** The aspiration, locked until the transaction ends: two moves of it take turns. */
    public Aspiration lock(long id) {
        return scoped("select e from Aspiration e where e.id = :id and e.villageId = :village")
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    void flush() {
        em.flush();
    }

    /** Reads the row again (after a native change of its counts). */
    void refresh(Aspiration a) {
        em.refresh(a);
    }

    public List<Aspiration> ofAuthor(long accountId) {
        return scoped("select e from Aspiration e where e.villageId = :village and e.authorAccountId = :a"
                        + " order by e.createdAt desc, e.id desc")
                .setParameter("a", accountId)
                .setMaxResults(200)
                .getResultList();
    }

    /** The office's list: waiting for moderation, hidden by flags, public, or rejected. */
    public Slice<Aspiration> office(OfficeFilter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = switch (filter) {
            case WAITING -> {
                parameters.put("s", AspirationState.SUBMITTED);
                yield " and e.state = :s";
            }
            case HIDDEN -> " and e.hidden = true";
            case PUBLIC -> {
                parameters.put("s", AspirationState.PUBLIC);
                yield " and e.state in :s and e.hidden = false";
            }
            case REJECTED -> {
                parameters.put("s", AspirationState.REJECTED);
                yield " and e.state = :s";
            }
        };
        return page(
                "from Aspiration e where e.villageId = :village" + where
                        + " and (:search = '%' or lower(e.title) like lower(:search))",
                OFFICE_ORDER,
                page,
                parameters);
    }

    /** Which lists the office shows. */
    public enum OfficeFilter {
        WAITING,
        HIDDEN,
        PUBLIC,
        REJECTED
    }

    /** Adds the support, once: a second one (a double click, a raced request) changes nothing. */
    boolean addSupport(long aspirationId, long accountId, java.time.Instant at) {
        int inserted = em.createNativeQuery("INSERT IGNORE INTO aspiration_support"
                        + " (village_id, aspiration_id, account_id, created_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, village())
                .setParameter(2, aspirationId)
                .setParameter(3, accountId)
                .setParameter(4, java.sql.Timestamp.from(at))
                .executeUpdate();
        return inserted == 1;
    }

    boolean removeSupport(long aspirationId, long accountId) {
        return em.createNativeQuery(
                                "DELETE FROM aspiration_support WHERE village_id = ?1 AND aspiration_id = ?2 AND account_id = ?3")
                        .setParameter(1, village())
                        .setParameter(2, aspirationId)
                        .setParameter(3, accountId)
                        .executeUpdate()
                == 1;
    }

    boolean supports(long aspirationId, long accountId) {
        return !em.createNativeQuery(
                        "SELECT 1 FROM aspiration_support WHERE village_id = ?1 AND aspiration_id = ?2 AND account_id = ?3")
                .setParameter(1, village())
                .setParameter(2, aspirationId)
                .setParameter(3, accountId)
                .getResultList()
                .isEmpty();
    }

    /** The stored count of supports, from the rows themselves. */
    int countSupports(long aspirationId) {
        return ((Number) em.createNativeQuery(
                                "SELECT COUNT(*) FROM aspiration_support WHERE village_id = ?1 AND aspiration_id = ?2")
                        .setParameter(1, village())
                        .setParameter(2, aspirationId)
                        .getSingleResult())
                .intValue();
    }

    boolean addFlag(long aspirationId, long accountId, String reason, java.time.Instant at) {
        return em.createNativeQuery(
                                "INSERT IGNORE INTO aspiration_flag"
                                        + " (village_id, aspiration_id, account_id, reason, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, village())
                        .setParameter(2, aspirationId)
                        .setParameter(3, accountId)
                        .setParameter(4, reason)
                        .setParameter(5, java.sql.Timestamp.from(at))
                        .executeUpdate()
                == 1;
    }

    int countFlags(long aspirationId) {
        return ((Number) em.createNativeQuery(
                                "SELECT COUNT(*) FROM aspiration_flag WHERE village_id = ?1 AND aspiration_id = ?2")
                        .setParameter(1, village())
                        .setParameter(2, aspirationId)
                        .getSingleResult())
                .intValue();
    }

    void clearFlags(long aspirationId) {
        em.createNativeQuery("DELETE FROM aspiration_flag WHERE village_id = ?1 AND aspiration_id = ?2")
                .setParameter(1, village())
                .setParameter(2, aspirationId)
                .executeUpdate();
    }

    /** Writes the counts read from the rows onto the aspiration (in the caller's locked transaction). */
    void storeCounts(Aspiration a, int supports, int flags) {
        em.createNativeQuery(
                        "UPDATE aspiration SET support_count = ?1, flag_count = ?2 WHERE id = ?3 AND village_id = ?4")
                .setParameter(1, supports)
                .setParameter(2, flags)
                .setParameter(3, a.getId())
                .setParameter(4, village())
                .executeUpdate();
    }

    List<Long> photoMedia(long aspirationId) {
        return em.createNativeQuery(
                        "SELECT media_id FROM aspiration_photo WHERE village_id = ?1 AND aspiration_id = ?2 ORDER BY position")
                .setParameter(1, village())
                .setParameter(2, aspirationId)
                .getResultStream()
                .map(o -> ((Number) o).longValue())
                .toList();
    }

    void addPhoto(long aspirationId, long mediaId, int position) {
        em.createNativeQuery("INSERT INTO aspiration_photo (village_id, aspiration_id, media_id, position)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, village())
                .setParameter(2, aspirationId)
                .setParameter(3, mediaId)
                .setParameter(4, position)
                .executeUpdate();
    }

    void removePhotos(long aspirationId) {
        em.createNativeQuery("DELETE FROM aspiration_photo WHERE village_id = ?1 AND aspiration_id = ?2")
                .setParameter(1, village())
                .setParameter(2, aspirationId)
                .executeUpdate();
    }
}
