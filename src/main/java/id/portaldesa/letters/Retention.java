package id.portaldesa.letters;

import id.portaldesa.account.security.VillageStaffRun;
import id.portaldesa.shared.seams.VillageHousekeeping;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Retention of scans: a set time after a request ended (issued, rejected, withdrawn, revoked; the
 * village's setting, 12 months by default) its attachments' media are deleted; the request, its
 * history, the register and the issued letter are kept. Every node runs it ({@link
 * id.portaldesa.shared.seams.HousekeepingScheduler}); each request is claimed by a conditional update first ({@link
 * RetentionClaims}), so one node purges it and the others skip it.
 */
@ApplicationScoped
public class Retention implements VillageHousekeeping {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    /** Requests handled per village and run; the rest wait for the next run. */
    static final int BATCH = 200;

    @Inject
    VillageStaffRun staffRun;

    @Inject
    LetterSettingsService settings;

    @Inject
    LetterRequestRepository requests;

    @Inject
    LetterAttachmentRepository attachments;

    @Inject
    LetterScans scans;

    @Inject
    RetentionClaims claims;

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return "Letter scans deleted after retention";
    }

    /** The villages with ended requests whose scans are still kept and at least a month old. */
    @ActivateRequestContext
    @Transactional
    public List<Long> villagesToLookAt(Instant now) {
        return em.createQuery(
                        "select distinct e.villageId from LetterRequest e where e.attachmentsPurgedAt is null"
                                + " and e.endedAt is not null and e.endedAt < :cutoff",
                        Long.class)
                .setParameter("cutoff", now.minus(java.time.Duration.ofDays(28)))
                .getResultList();
    }

    /**
     * Deletes the scans of one village's requests that ended longer ago than its retention period.
     *
     * @return how many requests this run purged
     */
    @ActivateRequestContext
    @Transactional
    public int clean(long villageId, Instant now) {
        Optional<VillageRef> village = staffRun.actAsStaffOf(villageId);
        if (village.isEmpty()) {
            LOG.warning(() -> "Village " + villageId + " is gone or has no staff: its expired letter scans wait");
            return 0;
        }
        VillageTime time =
                new VillageTime(village.get().timeZone(), java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
        Instant cutoff =
                time.now().minusMonths(settings.current().retentionMonths()).toInstant();
        int purged = 0;
        for (long id : requests.endedBefore(cutoff, BATCH)) {
            if (!claims.claim(id, now)) {
                continue; // another node has it
            }
            LetterRequest r = requests.require(id);
            attachments.ofRequest(id).forEach(scans::purge);
            r.attachmentsPurged(now);
            purged++;
        }
        return purged;
    }
}
