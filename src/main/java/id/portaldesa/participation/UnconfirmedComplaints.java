package id.portaldesa.participation;

import id.portaldesa.account.security.VillageStaffRun;
import id.portaldesa.media.MediaService;
import id.portaldesa.shared.seams.VillageHousekeeping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * A guest's complaint whose confirmation link was not followed within {@link #VALID} never entered
 * the office's queue, and nobody vouched for the address given: it is deleted with its photos. An
 * unverified stranger's name, address and text have no purpose left (UU PDP 27/2022). The one
 * recorded step of its history (filed, unconfirmed) holds nothing personal and stays, as every
 * recorded step does. Every node runs it ({@link id.portaldesa.shared.seams.HousekeepingScheduler}); each complaint is
 * locked and checked again first, so a confirmation at the same moment wins or finds nothing.
 */
@ApplicationScoped
public class UnconfirmedComplaints implements VillageHousekeeping {

    private static final Logger LOG = Logger.getLogger(UnconfirmedComplaints.class.getName());

    /** How long a guest's confirmation link works; the mail says so. */
    public static final Duration VALID = Duration.ofDays(3);

    /** Complaints deleted per village and run; the rest wait for the next run. */
    static final int BATCH = 200;

    @Inject
    VillageStaffRun staffRun;

    @Inject
    ComplaintRepository complaints;

    @Inject
    MediaService media;

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return "Unconfirmed guest complaints deleted";
    }

    /** The villages holding unconfirmed complaints older than {@link #VALID}. */
    @ActivateRequestContext
    @Transactional
    public List<Long> villagesToLookAt(Instant now) {
        return em.createQuery(
                        "select distinct e.villageId from Complaint e where e.state = :unconfirmed and e.createdAt < :cutoff",
                        Long.class)
                .setParameter("unconfirmed", ComplaintState.UNCONFIRMED)
                .setParameter("cutoff", now.minus(VALID))
                .getResultList();
    }

    /**
     * Deletes one village's complaints left unconfirmed for longer than {@link #VALID}.
     *
     * @return how many were deleted
     */
    @ActivateRequestContext
    @Transactional
    public int clean(long villageId, Instant now) {
        // Media is deleted by the village's own people: the run acts for one of its staff.
        if (staffRun.actAsStaffOf(villageId).isEmpty()) {
            LOG.warning(() -> "Village " + villageId + " is gone or has no staff: its expired guest complaints wait");
            return 0;
        }
        List<Long> expired = em.createQuery(
                        "select e.id from Complaint e where e.villageId = :v and e.state = :unconfirmed"
                                + " and e.createdAt < :cutoff order by e.id",
                        Long.class)
                .setParameter("v", villageId)
                .setParameter("unconfirmed", ComplaintState.UNCONFIRMED)
                .setParameter("cutoff", now.minus(VALID))
                .setMaxResults(BATCH)
                .getResultList();
        int deleted = 0;
        for (long id : expired) {
            Complaint c = complaints.lock(id);
            if (c.getState() != ComplaintState.UNCONFIRMED) {
                continue; // confirmed meanwhile
            }
            List<Long> photos = em
                    .createNativeQuery(
                            "SELECT media_id FROM complaint_photo WHERE village_id = ?1 AND complaint_id = ?2")
                    .setParameter(1, villageId)
                    .setParameter(2, id)
                    .getResultList()
                    .stream()
                    .map(n -> ((Number) n).longValue())
                    .toList();
            for (String table : List.of("complaint_photo", "complaint_message")) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE village_id = ?1 AND complaint_id = ?2")
                        .setParameter(1, villageId)
                        .setParameter(2, id)
                        .executeUpdate();
            }
            em.remove(c);
            em.flush();
            photos.forEach(media::delete);
            deleted++;
        }
        return deleted;
    }
}
