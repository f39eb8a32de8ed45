package id.portaldesa.letters;

import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.paging.Sorting;
import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Letter requests of the current village. */
@ApplicationScoped
public class LetterRequestRepository extends VillageScopedRepository<LetterRequest> {

    static final Sorting REGISTER = new Sorting(
            Map.of("issuedAt", "e.issuedAt", "number", "e.letterNumber", "type", "e.typeName"),
            "e.issuedAt desc, e.id desc");

    static final Sorting NEWEST = new Sorting(Map.of(), "e.id desc");

    public LetterRequestRepository() {
        super(LetterRequest.class);
    }

    /** The request, locked until the transaction ends: two officials acting on it take turns. */
    public LetterRequest lock(long id) {
        return scoped("select e from LetterRequest e where e.id = :id and e.villageId = :village")
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(id.portaldesa.shared.NotFoundException::new);
    }

    public Optional<LetterRequest> byReference(String reference) {
        return scoped("select e from LetterRequest e where e.villageId = :village and e.reference = :r")
                .setParameter("r", reference)
                .getResultStream()
                .findFirst();
    }

    /**
     * What waits in these states, oldest first (paged in the database). Each state is read on its own,
     * in the inbox index's order (village, state, state_since, id) and only as far as the page needs:
     * one query sorting every waiting request of all the states read all of them, 10,000 rows for a
     * page of 20.
     */
    public Slice<LetterRequest> waitingIn(Collection<LetterState> states, PageRequest request) {
        if (states.isEmpty()) {
            return new Slice<>(List.of(), 0, request);
        }
        int needed = request.first() + request.size();
        List<List<LetterRequest>> perState = new ArrayList<>();
        for (LetterState state : states) {
            // The index's own columns, fixed ones included: H2 reads a page in index order only when the
            // sort names the index's columns from the first (MariaDB does either way).
            perState.add(scoped("select e from LetterRequest e where e.villageId = :village and e.state = :state"
                            + " order by e.villageId, e.state, e.stateSince, e.id")
                    .setParameter("state", state)
                    .setMaxResults(needed)
                    .getResultList());
        }
        return new Slice<>(pageOf(perState, WAITED_LONGEST, request.first(), request.size()), countIn(states), request);
    }

    /** One page, in this order, of lists that each hold at least the first {@code first + size} of theirs. */
    static <T> List<T> pageOf(List<List<T>> lists, Comparator<T> order, int first, int size) {
        return lists.stream()
                .flatMap(List::stream)
                .sorted(order)
                .skip(first)
                .limit(size)
                .toList();
    }

    static final Comparator<LetterRequest> WAITED_LONGEST = Comparator.comparing(
                    LetterRequest::getStateSince, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(LetterRequest::getId);

    /** How many wait in these states. */
    public long countIn(Collection<LetterState> states) {
        if (states.isEmpty()) {
            return 0;
        }
        return scoped(
                        "select count(e) from LetterRequest e where e.villageId = :village and e.state in :states",
                        Long.class)
                .setParameter("states", states)
                .getSingleResult();
    }

    /**
     * A person's own requests, newest first: theirs, and those filed at the counter for a walk-in
     * record they claimed whose NIK hash is {@code claimHash} (a confirmed resident's own).
     */
    public Slice<LetterRequest> ofApplicant(long accountId, String claimHash, PageRequest request) {
        return page(
                "from LetterRequest e where e.villageId = :village and e.applicantAccountId = :a"
                        + " and (e.walkInPersonId is null or e.walkInPersonId in (select p.id from WalkInPerson p"
                        + " where p.villageId = :village and p.nikHash = :h))",
                NEWEST,
                request,
                Map.of("a", accountId, "h", claimHash));
    }

    /** An unsubmitted draft of this person for this type, to continue rather than start another. */
    public Optional<LetterRequest> openDraft(long accountId, long typeId) {
        return scoped("select e from LetterRequest e where e.villageId = :village and e.applicantAccountId = :a"
                        + " and e.typeId = :t and e.state = :draft order by e.id desc")
                .setParameter("a", accountId)
                .setParameter("t", typeId)
                .setParameter("draft", LetterState.DRAFT)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The register of outgoing letters: issued (or since revoked), filtered, newest first. */
    public Slice<LetterRequest> register(RegisterFilter filter, PageRequest request) {
        StringBuilder from =
                new StringBuilder("from LetterRequest e where e.villageId = :village and e.issuedAt is not null");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.typeCode() != null) {
            from.append(" and e.typeCode = :type");
            parameters.put("type", filter.typeCode());
        }
        if (filter.from() != null) {
            from.append(" and e.issuedAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.until() != null) {
            from.append(" and e.issuedAt < :until");
            parameters.put("until", filter.until());
        }
        if (filter.state() != null) {
            from.append(" and e.state = :state");
            parameters.put("state", filter.state());
        }
        if (request.search().isPresent()) {
            from.append(" and (e.letterNumber like :search or e.reference like :search)");
        }
        return page(from.toString(), REGISTER, request, parameters);
    }

    /** The register's filter; nulls filter nothing. */
    public record RegisterFilter(String typeCode, Instant from, Instant until, LetterState state) {}

    /** Requests of a walk-in person, to hand them to the account that claimed the person. */
    public List<LetterRequest> ofWalkIn(long personId) {
        return scoped("select e from LetterRequest e where e.villageId = :village and e.walkInPersonId = :p")
                .setParameter("p", personId)
                .getResultList();
    }

    /** Whether the request has any attachment left to purge. */
    public List<Long> endedBefore(Instant cutoff, int limit) {
        return scoped(
                        "select e.id from LetterRequest e where e.villageId = :village and e.attachmentsPurgedAt is null"
                                + " and e.endedAt is not null and e.endedAt < :cutoff order by e.endedAt",
                        Long.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }
}
