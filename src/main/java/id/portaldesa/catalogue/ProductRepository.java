package id.portaldesa.catalogue;

import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.paging.Sorting;
import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The products of the current village. */
@ApplicationScoped
public class ProductRepository extends VillageScopedRepository<Product> {

    static final Sorting SORTING = new Sorting(
            Map.of("name", "e.draftName", "state", "e.state", "updatedAt", "e.updatedAt", "price", "e.price"),
            "e.updatedAt desc, e.id desc");

    public ProductRepository() {
        super(Product.class);
    }

    /** Stores a new product and gives it its id at once (its first state change names it). */
    public void addNow(Product product) {
        add(product);
        em.flush();
    }

    /** A product of this seller; another seller's product (or another village's) is not found. */
    public Product requireOf(long sellerId, long productId) {
        return find(productId).filter(p -> p.getSellerId() == sellerId).orElseThrow(NotFoundException::new);
    }

    /** The product's row, locked until commit: a review and the seller's edit take turns. */
    public Product lock(Product product) {
        em.lock(product, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(product);
        return product;
    }

    public List<Product> ofSeller(long sellerId) {
        return scoped("select e from Product e where e.villageId = :village and e.sellerId = :s"
                        + " order by e.updatedAt desc, e.id desc")
                .setParameter("s", sellerId)
                .getResultList();
    }

    /** One page of products in one of {@code states}; the search matches the draft name. */
    public Slice<Product> page(PageRequest request, Collection<ProductState> states) {
        String from = "from Product e where e.villageId = :village and e.state in :states"
                + (request.search().isPresent() ? " and lower(e.draftName) like lower(:search)" : "");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("states", List.copyOf(states));
        return page(from, SORTING, request, parameters);
    }

    public boolean slugTaken(String slug, long except) {
        return scoped(
                                "select count(e) from Product e where e.villageId = :village and e.slug = :s and e.id <> :x",
                                Long.class)
                        .setParameter("s", slug)
                        .setParameter("x", except)
                        .getSingleResult()
                > 0;
    }

    public List<Product> inCategory(long categoryId) {
        return scoped("select e from Product e where e.villageId = :village and e.categoryId = :c")
                .setParameter("c", categoryId)
                .getResultList();
    }

    public Optional<Product> bySlug(String slug) {
        return scoped("select e from Product e where e.villageId = :village and e.slug = :s")
                .setParameter("s", slug)
                .getResultStream()
                .findFirst();
    }

    public void remove(Product product) {
        if (product.belongsTo(village())) {
            em.remove(product);
        }
    }
}
