package id.portaldesa.catalogue;

import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.paging.Sorting;
import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The sellers of the current village. */
@ApplicationScoped
public class SellerRepository extends VillageScopedRepository<Seller> {

    static final Sorting SORTING = new Sorting(
            Map.of("shopName", "e.shopName", "state", "e.state", "requestedAt", "e.requestedAt"), "e.id desc");

    public SellerRepository() {
        super(Seller.class);
    }

    /** Stores a new seller and gives it its id at once (its first state change names it). */
    public void addNow(Seller seller) {
        add(seller);
        em.flush();
    }

    public Optional<Seller> ofAccount(long accountId) {
        return scoped("select e from Seller e where e.villageId = :village and e.accountId = :a")
                .setParameter("a", accountId)
                .getResultStream()
                .findFirst();
    }

    /** The seller's row, locked until commit: the admin's decision and the seller's change take turns. */
    public Seller lock(long id) {
        Seller seller = require(id);
        em.lock(seller, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(seller);
        return seller;
    }

    /** One page of sellers, those in {@code state} only when given; the search matches the shop name. */
    public Slice<Seller> page(PageRequest request, Optional<SellerState> state) {
        StringBuilder from = new StringBuilder("from Seller e where e.villageId = :village");
        Map<String, Object> parameters = new HashMap<>();
        state.ifPresent(s -> {
            from.append(" and e.state = :state");
            parameters.put("state", s);
        });
        if (request.search().isPresent()) {
            from.append(" and lower(e.shopName) like lower(:search)");
        }
        return page(from.toString(), SORTING, request, parameters);
    }

    public long count(SellerState state) {
        return scoped("select count(e) from Seller e where e.villageId = :village and e.state = :s", Long.class)
                .setParameter("s", state)
                .getSingleResult();
    }
}
