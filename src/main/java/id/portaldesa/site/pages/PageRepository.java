package id.portaldesa.site.pages;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The current village's pages, their old slugs and attachments. */
@ApplicationScoped
public class PageRepository extends VillageScopedRepository<SitePage> {

    public PageRepository() {
        super(SitePage.class);
    }

    public List<SitePage> all() {
        return scoped("select e from SitePage e where e.villageId = :village order by e.title")
                .getResultList();
    }

    /** Whether a slug names a page of the village, now or before (other than the page {@code except}). */
    boolean slugTaken(String slug, long except) {
        long current = scoped(
                        "select count(e) from SitePage e where e.villageId = :village and e.slug = :s and e.id <> :x",
                        Long.class)
                .setParameter("s", slug)
                .setParameter("x", except)
                .getSingleResult();
        long old = scoped(
                        "select count(e) from PageOldSlug e where e.villageId = :village and e.slug = :s"
                                + " and e.pageId <> :x",
                        Long.class)
                .setParameter("s", slug)
                .setParameter("x", except)
                .getSingleResult();
        return current + old > 0;
    }

    Optional<PageOldSlug> oldSlug(String slug) {
        return scoped("select e from PageOldSlug e where e.villageId = :village and e.slug = :s", PageOldSlug.class)
                .setParameter("s", slug)
                .getResultStream()
                .findFirst();
    }

    void addOldSlug(PageOldSlug old) {
        if (old.belongsTo(village())) {
            em.persist(old);
        }
    }

    void removeOldSlug(PageOldSlug old) {
        if (old.belongsTo(village())) {
            em.remove(old);
        }
    }

    public List<PageAttachment> attachmentsOf(long pageId) {
        return scoped(
                        "select e from PageAttachment e where e.villageId = :village and e.pageId = :p"
                                + " order by e.sortOrder, e.id",
                        PageAttachment.class)
                .setParameter("p", pageId)
                .getResultList();
    }

    Optional<PageAttachment> attachment(long id) {
        return scoped(
                        "select e from PageAttachment e where e.villageId = :village and e.id = :id",
                        PageAttachment.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    void addAttachment(PageAttachment attachment) {
        if (attachment.belongsTo(village())) {
            em.persist(attachment);
        }
    }

    void removeAttachment(PageAttachment attachment) {
        if (attachment.belongsTo(village())) {
            em.remove(attachment);
        }
    }

    void remove(SitePage page) {
        if (page.belongsTo(village())) {
            em.createQuery("delete from PageOldSlug e where e.villageId = :v and e.pageId = :p")
                    .setParameter("v", village())
                    .setParameter("p", page.getId())
                    .executeUpdate();
            em.remove(page);
        }
    }
}
