package id.portaldesa.news;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The current village's news categories. */
@ApplicationScoped
public class CategoryRepository extends VillageScopedRepository<NewsCategory> {

    public CategoryRepository() {
        super(NewsCategory.class);
    }

    public List<NewsCategory> all() {
        return scoped("select e from NewsCategory e where e.villageId = :village order by e.name")
                .getResultList();
    }

    boolean slugTaken(String slug, Long except) {
        return scoped(
                                "select count(e) from NewsCategory e where e.villageId = :village and e.slug = :slug"
                                        + " and e.id <> :except",
                                Long.class)
                        .setParameter("slug", slug)
                        .setParameter("except", except == null ? -1L : except)
                        .getSingleResult()
                > 0;
    }

    boolean nameTaken(String name, Long except) {
        return scoped(
                                "select count(e) from NewsCategory e where e.villageId = :village"
                                        + " and lower(e.name) = lower(:name) and e.id <> :except",
                                Long.class)
                        .setParameter("name", name)
                        .setParameter("except", except == null ? -1L : except)
                        .getSingleResult()
                > 0;
    }

    /** Stored now, so that it has its id at once (the caller goes on with it). */
    void addNow(NewsCategory entity) {
        add(entity);
        em.flush();
    }

    void remove(NewsCategory category) {
        if (category.belongsTo(village())) {
            em.remove(category);
        }
    }

    void lockForNames() {
        lockVillage();
    }
}
