package id.portaldesa.site.pages;

import id.portaldesa.site.SnapshotCache;
import id.portaldesa.village.ContentRevisions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published pages of every village, from memory: read once per content revision of the village,
 * so the page, the menu, the search and the sitemap cost no query per visitor.
 */
@ApplicationScoped
public class PublishedPages {

    static final int CAPACITY = 2_000;

    /** A village's published pages by slug, and its old slugs with the slug each now has. */
    public record OfVillage(Map<String, PublishedPage> bySlug, Map<String, String> moved) implements Serializable {

        public OfVillage {
            bySlug = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySlug));
            moved = Map.copyOf(moved);
        }

        /** In title order. */
        public List<PublishedPage> all() {
            return List.copyOf(bySlug.values());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentRevisions revisions;

    @Inject
    RichTextPolicy richText;

    @Inject
    AttachmentMedia attachmentMedia;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final SnapshotCache<OfVillage> cache =
            new SnapshotCache<>(CAPACITY, Duration.ofDays(365), Clock.systemUTC());

    public OfVillage of(long villageId) {
        return cache.get(villageId, revisions, transactions, this::read);
    }

    public Optional<PublishedPage> bySlug(long villageId, String slug) {
        return Optional.ofNullable(of(villageId).bySlug().get(slug));
    }

    private OfVillage read(long villageId) {
        List<SitePage> pages = em.createQuery(
                        "select p from SitePage p where p.villageId = :v and p.published = true order by p.title",
                        SitePage.class)
                .setParameter("v", villageId)
                .getResultList();
        Map<Long, List<PageAttachment>> attachments = new HashMap<>();
        if (!pages.isEmpty()) {
            em.createQuery(
                            "select a from PageAttachment a where a.villageId = :v order by a.sortOrder, a.id",
                            PageAttachment.class)
                    .setParameter("v", villageId)
                    .getResultList()
                    .forEach(a -> attachments
                            .computeIfAbsent(a.getPageId(), k -> new ArrayList<>())
                            .add(a));
        }
        Map<Long, id.portaldesa.media.MediaRef> media = attachmentMedia.describe(attachments.values().stream()
                .flatMap(List::stream)
                .map(PageAttachment::getMediaId)
                .toList());
        Map<String, PublishedPage> bySlug = new LinkedHashMap<>();
        Map<Long, String> slugOf = new HashMap<>();
        for (SitePage p : pages) {
            List<PublishedPage.Attachment> files = attachments.getOrDefault(p.getId(), List.of()).stream()
                    .filter(a -> media.containsKey(a.getMediaId()))
                    .map(a -> new PublishedPage.Attachment(
                            a.getId(), a.getTitle(), a.getMediaId(), media.get(a.getMediaId())))
                    .toList();
            bySlug.put(
                    p.getSlug(),
                    new PublishedPage(
                            p.getId(),
                            p.getSlug(),
                            p.getTitle(),
                            p.getBody(),
                            richText.plainText(p.getBody()),
                            p.getUpdatedAt(),
                            files));
            slugOf.put(p.getId(), p.getSlug());
        }
        Map<String, String> moved = new HashMap<>();
        if (!pages.isEmpty()) {
            em.createQuery("select o from PageOldSlug o where o.villageId = :v", PageOldSlug.class)
                    .setParameter("v", villageId)
                    .getResultList()
                    .forEach(o -> {
                        String now = slugOf.get(o.getPageId());
                        if (now != null) {
                            moved.put(o.getSlug(), now);
                        }
                    });
        }
        return new OfVillage(bySlug, moved);
    }
}
