package id.portaldesa.news;

import id.portaldesa.media.MediaRef;
import id.portaldesa.shared.html.RichText;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.web.PageLinks;
import id.portaldesa.village.ContentRevisions;
import id.portaldesa.village.KeptReadings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What visitors may read of a village's news: published articles only, never a draft or an article
 * whose scheduled time has not been reached (the scheduler publishes those). Every answer is kept in
 * memory with the village's content revision it was read at and reused while that revision is
 * current; a change (announced through {@code VillageChanges}) moves the revision on, so nothing is
 * ever invalidated by hand and a reading that raced with a change can never hide it. Bounded:
 * {@value #CAPACITY} answers, a tenth of them dropped when full.
 */
@ApplicationScoped
public class PublishedNews {

    static final int CAPACITY = 4000;
    public static final int FEED_SIZE = 20;
    static final int EXCERPT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentRevisions revisions;

    @Inject
    NewsMedia media;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final KeptReadings kept = new KeptReadings(CAPACITY);

    /** A search hit: the article and a piece of text around the match. */
    public record Found(ArticleCard card, String snippet) {}

    public List<CategoryRef> categories(long villageId) {
        return read(
                villageId,
                "categories",
                () -> em.createQuery(
                                "select c from NewsCategory c where c.villageId = :v order by c.name",
                                NewsCategory.class)
                        .setParameter("v", villageId)
                        .getResultStream()
                        .map(c -> new CategoryRef(c.getId(), c.getName(), c.getSlug()))
                        .toList());
    }

    public Optional<CategoryRef> category(long villageId, String slug) {
        return categories(villageId).stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    /** One page of published articles, newest first, of one category or all (null). */
    public Slice<ArticleCard> page(long villageId, CategoryRef category, PageRequest request) {
        String what = "page:" + (category == null ? "" : category.id()) + ":" + request.first() + ":" + request.size();
        return read(villageId, what, () -> {
            String where = " from Article e where e.villageId = :v and e.status = :published"
                    + (category == null ? "" : " and e.categoryId = :c");
            TypedQuery<Object[]> rows = em.createQuery(CARD + where + ORDER, Object[].class);
            TypedQuery<Long> count = em.createQuery("select count(e)" + where, Long.class);
            for (TypedQuery<?> q : List.of(rows, count)) {
                q.setParameter("v", villageId).setParameter("published", ArticleStatus.PUBLISHED);
                if (category != null) {
                    q.setParameter("c", category.id());
                }
            }
            List<ArticleCard> cards = cards(
                    villageId,
                    rows.setFirstResult(request.first())
                            .setMaxResults(request.size())
                            .getResultList());
            return new Slice<>(cards, count.getSingleResult(), request);
        });
    }

    /** The newest published articles, e.g. for the home page. */
    public List<ArticleCard> latest(long villageId, int count) {
        return page(villageId, null, PageRequest.first(count)).items();
    }

    /** A published article by its current address. */
    public Optional<ArticleView> article(long villageId, String slug) {
        if (!ArticleSlug.isValid(slug)) {
            return Optional.empty();
        }
        Optional<ArticleView> found = read(villageId, "article:" + slug, () -> loadArticle(villageId, slug));
        return found;
    }

    /** The current address of a published article that once had {@code oldSlug}. */
    public Optional<String> currentSlug(long villageId, String oldSlug) {
        if (!ArticleSlug.isValid(oldSlug)) {
            return Optional.empty();
        }
        return read(
                villageId,
                "old:" + oldSlug,
                () -> em.createQuery(
                                "select e.slug from OldSlug o, Article e where o.villageId = :v and o.slug = :s"
                                        + " and e.id = o.articleId and e.villageId = :v and e.status = :published",
                                String.class)
                        .setParameter("v", villageId)
                        .setParameter("s", oldSlug)
                        .setParameter("published", ArticleStatus.PUBLISHED)
                        .getResultStream()
                        .findFirst());
    }

    /** The newest published articles with their text, for the feed. */
    public List<ArticleView> feed(long villageId) {
        return read(
                villageId,
                "feed",
                () -> latest(villageId, FEED_SIZE).stream()
                        .map(card -> loadArticle(villageId, card.slug()))
                        .flatMap(Optional::stream)
                        .toList());
    }

    /** Every published article (the sitemap), newest first. */
    public List<ArticleCard> all(long villageId) {
        return read(
                villageId,
                "all",
                () -> cards(
                        villageId,
                        em.createQuery(
                                        CARD + " from Article e where e.villageId = :v and e.status = :published"
                                                + ORDER,
                                        Object[].class)
                                .setParameter("v", villageId)
                                .setParameter("published", ArticleStatus.PUBLISHED)
                                .setMaxResults(50_000)
                                .getResultList()));
    }

    /** Published articles whose title, summary or text holds {@code text} (any case), newest first. */
    public List<Found> search(long villageId, String text, int limit) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return read(villageId, "search:" + limit + ":" + wanted, () -> {
            String pattern =
                    "%" + wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            List<Object[]> rows = em.createQuery(
                            "select e.id, e.bodyText from Article e where e.villageId = :v and e.status = :published"
                                    + " and (lower(e.title) like :p or lower(e.summary) like :p"
                                    + " or lower(e.bodyText) like :p)" + ORDER,
                            Object[].class)
                    .setParameter("v", villageId)
                    .setParameter("published", ArticleStatus.PUBLISHED)
                    .setParameter("p", pattern)
                    .setMaxResults(limit)
                    .getResultList();
            Map<Long, ArticleCard> cards =
                    all(villageId).stream().collect(Collectors.toMap(ArticleCard::id, Function.identity()));
            List<Found> found = new ArrayList<>();
            for (Object[] row : rows) {
                ArticleCard card = cards.get((Long) row[0]);
                if (card != null) {
                    found.add(new Found(card, snippet((String) row[1], wanted)));
                }
            }
            return found;
        });
    }

    // --- reading ---

    private static final String CARD = "select e.id, e.slug, e.title, e.summary, substring(e.bodyText, 1, 400),"
            + " e.categoryId, e.coverMediaId, e.publishedAt, e.updatedAt";
    private static final String ORDER = " order by e.publishedAt desc, e.id desc";

    private List<ArticleCard> cards(long villageId, List<Object[]> rows) {
        Map<Long, CategoryRef> byId =
                categories(villageId).stream().collect(Collectors.toMap(CategoryRef::id, Function.identity()));
        Map<Long, MediaRef> covers =
                media
                        .find(rows.stream()
                                .map(r -> (Long) r[6])
                                .filter(java.util.Objects::nonNull)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(MediaRef::id, Function.identity()));
        return rows.stream()
                .map(r -> {
                    CategoryRef category = r[5] == null ? null : byId.get((Long) r[5]);
                    String summary = (String) r[3];
                    return new ArticleCard(
                            (Long) r[0],
                            (String) r[1],
                            (String) r[2],
                            summary != null ? summary : PageLinks.summaryOf((String) r[4], EXCERPT),
                            category == null ? null : category.name(),
                            category == null ? null : category.slug(),
                            r[6] == null ? null : covers.get((Long) r[6]),
                            (Instant) r[7],
                            (Instant) r[8]);
                })
                .toList();
    }

    private Optional<ArticleView> loadArticle(long villageId, String slug) {
        List<Article> found = em.createQuery(
                        "select e from Article e where e.villageId = :v and e.slug = :s and e.status = :published",
                        Article.class)
                .setParameter("v", villageId)
                .setParameter("s", slug)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Article a = found.get(0);
        CategoryRef category = a.getCategoryId() == null
                ? null
                : categories(villageId).stream()
                        .filter(c -> c.id() == a.getCategoryId())
                        .findFirst()
                        .orElse(null);
        String author = em.createQuery("select x.displayName from Account x where x.id = :id", String.class)
                .setParameter("id", a.getAuthorAccountId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        ArticleCard card = new ArticleCard(
                a.getId(),
                a.getSlug(),
                a.getTitle(),
                a.getSummary() != null ? a.getSummary() : PageLinks.summaryOf(a.getBodyText(), EXCERPT),
                category == null ? null : category.name(),
                category == null ? null : category.slug(),
                a.getCoverMediaId() == null
                        ? null
                        : media.find(List.of(a.getCoverMediaId())).stream()
                                .findFirst()
                                .orElse(null),
                a.getPublishedAt(),
                a.getUpdatedAt());
        return Optional.of(new ArticleView(
                card, a.getBody(), a.getBodyText(), author, media.find(RichText.mediaIds(a.getBody()))));
    }

    /** About 160 characters of the text around the first match. */
    static String snippet(String text, String wanted) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int at = text.toLowerCase(Locale.ROOT).indexOf(wanted);
        if (at < 0) {
            return PageLinks.summaryOf(text, 160);
        }
        int start = Math.max(0, at - 60);
        int space = start == 0 ? 0 : text.indexOf(' ', start);
        start = space < 0 || space > at ? start : space + 1;
        String piece = PageLinks.summaryOf(text.substring(start), 160);
        return (start > 0 ? "…" : "") + piece;
    }

    // --- the memory ---

    private <T> T read(long villageId, String what, Supplier<T> load) {
        return kept.read(villageId, what, revisions, transactions, load);
    }

    /** How many answers are kept for a village (tests). */
    public int keptFor(long villageId) {
        return kept.keptFor(villageId);
    }
}
