package id.portaldesa.catalogue;

import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.paging.Sorting;
import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The destinations of the current village. */
@ApplicationScoped
public class DestinationRepository extends VillageScopedRepository<Destination> {

    static final Sorting SORTING = new Sorting(
            Map.of("name", "e.name", "published", "e.published", "updatedAt", "e.updatedAt"),
            "e.updatedAt desc, e.id desc");

    public DestinationRepository() {
        super(Destination.class);
    }

    /** Stores a new destination and gives it its id at once (its photos name it). */
    public void addNow(Destination destination) {
        add(destination);
        em.flush();
    }

    public Slice<Destination> page(PageRequest request) {
        String from = "from Destination e where e.villageId = :village"
                + (request.search().isPresent() ? " and lower(e.name) like lower(:search)" : "");
        return page(from, SORTING, request, Map.of());
    }

    public boolean slugTaken(String slug, long except) {
        return scoped(
                                "select count(e) from Destination e where e.villageId = :village and e.slug = :s and e.id <> :x",
                                Long.class)
                        .setParameter("s", slug)
                        .setParameter("x", except)
                        .getSingleResult()
                > 0;
    }

    public void remove(Destination destination) {
        if (destination.belongsTo(village())) {
            em.remove(destination);
        }
    }
}
