package id.portaldesa.participation;

import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.paging.Sorting;
import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current village's complaints; tokens are looked up by their hash only. */
@ApplicationScoped
public class ComplaintRepository extends VillageScopedRepository<Complaint> {

    /** The queue: the most overdue first (the due time ascending), then the oldest. */
    static final Sorting QUEUE = new Sorting(
            Map.of("createdAt", "e.createdAt", "dueAt", "e.dueAt", "priority", "e.priority"), "e.dueAt asc, e.id asc");

    public ComplaintRepository() {
        super(Complaint.class);
    }

    public Complaint lock(long id) {
        return scoped("select e from Complaint e where e.id = :id and e.villageId = :village")
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    public Optional<Complaint> byTrackingHash(String hash) {
        return scoped("select e from Complaint e where e.villageId = :village and e.trackingHash = :h")
                .setParameter("h", hash)
                .getResultStream()
                .findFirst();
    }

    public Optional<Complaint> byConfirmationHash(String hash) {
        return scoped("select e from Complaint e where e.villageId = :village and e.confirmationHash = :h")
                .setParameter("h", hash)
                .getResultStream()
                .findFirst();
    }

    public Optional<Complaint> byReference(String reference) {
        return scoped("select e from Complaint e where e.villageId = :village and e.reference = :r")
                .setParameter("r", reference)
                .getResultStream()
                .findFirst();
    }

    /** The office's queue: the given states (open ones by default), searched by reference. */
    public Slice<Complaint> queue(List<ComplaintState> states, PageRequest page) {
        return page(
                "from Complaint e where e.villageId = :village and e.state in :states"
                        + " and (:search = '%' or e.reference like :search or e.description like :search)",
                QUEUE, page, Map.of("states", states));
    }

    /** The queue's filters: open (new, assigned, in progress), resolved, rejected. */
    public enum QueueFilter {
        OPEN(List.copyOf(ComplaintState.OPEN)),
        RESOLVED(List.of(ComplaintState.RESOLVED)),
        REJECTED(List.of(ComplaintState.REJECTED));

        public final List<ComplaintState> states;

        QueueFilter(List<ComplaintState> states) {
            this.states = states;
        }
    }

    public List<Complaint> publishedStories(int max) {
        return scoped("select e from Complaint e where e.villageId = :village and e.storyPublished = true"
                        + " and e.state = :resolved order by e.resolvedAt desc, e.id desc")
                .setParameter("resolved", ComplaintState.RESOLVED)
                .setMaxResults(max)
                .getResultList();
    }

    void flush() {
        em.flush();
    }
}
