package id.portaldesa.account;

import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.paging.Sorting;
import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current village's audit log, newest first unless a table asks otherwise. */
@ApplicationScoped
public class AuditRepository extends VillageScopedRepository<AuditEntry> {

    static final Sorting SORTING = new Sorting(
            Map.of(
                    "recordedAt", "e.recordedAt",
                    "actorName", "e.actorName",
                    "action", "e.action",
                    "subject", "e.subject"),
            "e.recordedAt desc, e.id desc");

    public AuditRepository() {
        super(AuditEntry.class);
    }

    /** A page of entries, of one action when given, matching the search in actor, subject or detail. */
    public Slice<AuditEntry> page(PageRequest request, Optional<String> action) {
        StringBuilder from = new StringBuilder("from AuditEntry e where e.villageId = :village");
        if (action.isPresent()) {
            from.append(" and e.action = :action");
        }
        if (request.search().isPresent()) {
            from.append(" and (lower(e.actorName) like :search or lower(e.subject) like :search"
                    + " or lower(e.detail) like :search)");
        }
        PageRequest lowerCased = request.search()
                .map(s -> new PageRequest(
                        request.first(),
                        request.size(),
                        request.sort(),
                        request.ascending(),
                        Optional.of(s.toLowerCase(java.util.Locale.ROOT))))
                .orElse(request);
        return page(
                from.toString(),
                SORTING,
                lowerCased,
                action.<Map<String, Object>>map(a -> Map.of("action", a)).orElse(Map.of()));
    }

    /**
     * Stores an entry of the village it names: the platform records actions on a village (suspending
     * it) from outside it, so this does not compare with the current village as {@code add} does.
     */
    void persist(AuditEntry entry) {
        em.persist(entry);
    }

    /** The actions this village's log holds, for the filter. */
    public List<String> actions() {
        return scoped("select distinct e.action from AuditEntry e where e.villageId = :village", String.class)
                .getResultList();
    }
}
