package id.portaldesa.account;

import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.paging.Sorting;
import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Residents of the current village. */
@ApplicationScoped
public class ResidentRepository extends VillageScopedRepository<Resident> {

    /** Which residents a staff list shows. */
    public enum Filter {
        ALL,
        /** Active residents whose identity is not confirmed, or whose data changed since. */
        TO_CONFIRM,
        /** Disabled or disputed records. */
        WITHOUT_ACCESS
    }

    static final Sorting SORTING =
            new Sorting(Map.of("name", "a.displayName", "email", "a.email", "registered", "e.createdAt"), "e.id desc");

    public ResidentRepository() {
        super(Resident.class);
    }

    public boolean nikTaken(String nikHash) {
        return byNikHash(nikHash).isPresent();
    }

    public Optional<Resident> byNikHash(String nikHash) {
        return scoped("select e from Resident e where e.villageId = :village and e.nikHash = :h")
                .setParameter("h", nikHash)
                .getResultStream()
                .findFirst();
    }

    public Optional<Resident> ofAccount(long accountId) {
        return scoped("select e from Resident e where e.villageId = :village and e.accountId = :a")
                .setParameter("a", accountId)
                .getResultStream()
                .findFirst();
    }

    /**
     * One page of residents with their account. A search of exactly 16 digits finds the resident with
     * that NIK through the lookup hash (the NIK itself is never compared or stored in plain text);
     * any other text is matched against name and email.
     *
     * @param nikHash the lookup hash of the search text when it is a NIK, else empty
     */
    public Slice<Listed> page(PageRequest request, Filter filter, Optional<String> nikHash) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder from =
                new StringBuilder("from Resident e, Account a where a.id = e.accountId and e.villageId = :village");
        PageRequest effective = request;
        if (nikHash.isPresent()) {
            from.append(" and e.nikHash = :h");
            parameters.put("h", nikHash.get());
        } else if (request.search().isPresent()) {
            from.append(" and (lower(a.displayName) like :search or lower(a.email) like :search)");
            // lower() on both sides: MariaDB's collation ignores case, H2's does not.
            effective = new PageRequest(
                    request.first(),
                    request.size(),
                    request.sort(),
                    request.ascending(),
                    request.search().map(s -> s.toLowerCase(Locale.ROOT)));
        }
        switch (filter) {
            case TO_CONFIRM -> {
                from.append(" and e.state = :active and (e.confirmedAt is null or e.dataChangedAt > e.confirmedAt)");
                parameters.put("active", ResidentState.ACTIVE);
            }
            case WITHOUT_ACCESS -> {
                from.append(" and e.state <> :active");
                parameters.put("active", ResidentState.ACTIVE);
            }
            case ALL -> {}
        }
        Slice<Resident> residents = page(from.toString(), SORTING, effective, parameters);
        Map<Long, Account> accounts = accountsOf(residents.items());
        return residents.map(r -> new Listed(r, accounts.get(r.getAccountId())));
    }

    private Map<Long, Account> accountsOf(List<Resident> residents) {
        if (residents.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter(
                        "ids", residents.stream().map(Resident::getAccountId).toList())
                .getResultStream()
                .collect(Collectors.toMap(Account::getId, Function.identity()));
    }

    /** A resident with the account it belongs to. */
    public record Listed(Resident resident, Account account) {}
}
