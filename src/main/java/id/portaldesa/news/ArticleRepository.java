package id.portaldesa.news;

import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.paging.Sorting;
import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The current village's articles (every state), for the back office. */
@ApplicationScoped
public class ArticleRepository extends VillageScopedRepository<Article> {

    static final Sorting SORTING = new Sorting(
            Map.of(
                    "title", "e.title",
                    "status", "e.status",
                    "updatedAt", "e.updatedAt",
                    "publishedAt", "e.publishedAt"),
            "e.updatedAt desc, e.id desc");

    public ArticleRepository() {
        super(Article.class);
    }

    /** One page of the list, searched in title and slug, optionally of one state only. */
    public Slice<Article> page(PageRequest request, Optional<ArticleStatus> status) {
        Map<String, Object> parameters = new HashMap<>();
        String from = "from Article e where e.villageId = :village"
                + " and (lower(e.title) like lower(:search) or e.slug like lower(:search))";
        if (status.isPresent()) {
            from += " and e.status = :status";
            parameters.put("status", status.get());
        }
        return page(from, SORTING, request, parameters);
    }

    public Optional<Article> bySlug(String slug) {
        return scoped("select e from Article e where e.villageId = :village and e.slug = :slug")
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Whether an article of the village, or an old address of one other than {@code except}, has this slug. */
    boolean slugTaken(String slug, Long except) {
        long current = scoped(
                        "select count(e) from Article e where e.villageId = :village and e.slug = :slug"
                                + " and e.id <> :except",
                        Long.class)
                .setParameter("slug", slug)
                .setParameter("except", except == null ? -1L : except)
                .getSingleResult();
        long old = em.createQuery(
                        "select count(o) from OldSlug o where o.villageId = :village and o.slug = :slug"
                                + " and o.articleId <> :except",
                        Long.class)
                .setParameter("village", village())
                .setParameter("slug", slug)
                .setParameter("except", except == null ? -1L : except)
                .getSingleResult();
        return current + old > 0;
    }

    /** Keeps an address the article leaves, so that links to it still lead to the article. */
    void rememberOldSlug(Article article, String oldSlug, java.time.Instant now) {
        em.persist(new OldSlug(village(), oldSlug, article.getId(), now));
    }

    /** An article taking back one of its own old addresses no longer needs it redirected. */
    void forgetOldSlug(Article article, String slug) {
        em.createQuery("delete from OldSlug o where o.villageId = :village and o.slug = :slug and o.articleId = :id")
                .setParameter("village", village())
                .setParameter("slug", slug)
                .setParameter("id", article.getId())
                .executeUpdate();
    }

    /** Stored now, so that it has its id at once (the caller goes on with it). */
    void addNow(Article entity) {
        add(entity);
        em.flush();
    }

    void flush() {
        em.flush();
    }

    void remove(Article article) {
        if (article.belongsTo(village())) {
            em.createQuery("delete from OldSlug o where o.villageId = :village and o.articleId = :id")
                    .setParameter("village", village())
                    .setParameter("id", article.getId())
                    .executeUpdate();
            em.remove(article);
        }
    }

    long countInCategory(long categoryId) {
        return scoped("select count(e) from Article e where e.villageId = :village and e.categoryId = :c", Long.class)
                .setParameter("c", categoryId)
                .getSingleResult();
    }

    /** Slug assignments take turns within a village (two articles with one title at once). */
    void lockForSlugs() {
        lockVillage();
    }
}
