package id.portaldesa.catalogue;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The product categories of the current village, in their order. */
@ApplicationScoped
public class CategoryRepository extends VillageScopedRepository<Category> {

    public CategoryRepository() {
        super(Category.class);
    }

    public List<Category> all() {
        return scoped("select e from Category e where e.villageId = :village order by e.position, e.id")
                .getResultList();
    }

    public boolean slugTaken(String slug, Long except) {
        return !scoped("select e.id from Category e where e.villageId = :village and e.slug = :s", Long.class)
                .setParameter("s", slug)
                .getResultStream()
                .filter(id -> !id.equals(except))
                .toList()
                .isEmpty();
    }

    public void remove(Category category) {
        if (category.belongsTo(village())) {
            em.remove(category);
        }
    }
}
