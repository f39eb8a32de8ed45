package id.portaldesa.news;

import id.portaldesa.account.AuditTrail;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.media.MediaRef;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.html.RichText;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The village's news as staff run it ({@link Permission#PUBLISH_NEWS}): write drafts, publish now,
 * schedule, withdraw, delete; categories. Text is sanitised here, on save. A change visitors can see
 * is announced first in its transaction ({@link VillageChanges}), so the home page, the list, the feed
 * and every cache follow at once; drafts change nothing public and announce nothing.
 */
@ApplicationScoped
@Transactional
public class NewsService {

    /** What this feature's changes are announced as: {@code "news.article"}, {@code "news.category"}. */
    public static final String FEATURE = "news";

    static final int CATEGORY_NAME_MAX = 60;

    @Inject
    ArticleRepository articles;

    @Inject
    CategoryRepository categories;

    @Inject
    VillageChanges changes;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    NewsMedia media;

    @Inject
    Clock clock;

    /** A new draft, by the person logged in. */
    public Article create(@NotNull @Valid ArticleForm form) {
        user.require(Permission.PUBLISH_NEWS);
        long author = user.accountId().orElseThrow(NotFoundException::new);
        articles.lockForSlugs();
        Instant now = clock.instant();
        Article article = new Article(currentVillage.id(), author, now);
        write(article, form, now);
        article.moveTo(ArticleSlug.unique(wantedSlug(form), s -> articles.slugTaken(s, null)));
        articles.addNow(article);
        audit.record("news.article.created", article.getTitle(), null);
        return article;
    }

    /**
     * Saves new text. The address stays when only the title changes (links shared keep working and
     * stay readable); it moves when staff change or empty the address field, and an address that was
     * ever public keeps answering with a 301 to the new one.
     */
    public Article update(long id, @NotNull @Valid ArticleForm form) {
        user.require(Permission.PUBLISH_NEWS);
        Article article = articles.require(id);
        announceIfPublic(article);
        articles.lockForSlugs();
        Instant now = clock.instant();
        write(article, form, now);
        String wanted = wantedSlug(form);
        if (!wanted.equals(article.getSlug())) {
            String slug = ArticleSlug.unique(wanted, s -> articles.slugTaken(s, article.getId()));
            if (!slug.equals(article.getSlug())) {
                if (article.wasEverPublic()) {
                    articles.rememberOldSlug(article, article.getSlug(), now);
                }
                articles.forgetOldSlug(article, slug);
                article.moveTo(slug);
            }
        }
        audit.record("news.article.changed", article.getTitle(), null);
        return article;
    }

    /** Sets or removes the cover picture (a public image of the village's media), deleting the one it replaces. */
    public void cover(long id, Long mediaId) {
        user.require(Permission.PUBLISH_NEWS);
        Article article = articles.require(id);
        if (mediaId != null && !media.isOwnPublicImage(mediaId)) {
            throw new NotFoundException();
        }
        replaceCover(article, mediaId);
    }

    private void replaceCover(Article article, Long mediaId) {
        announceIfPublic(article);
        Long previous = article.getCoverMediaId();
        article.cover(mediaId);
        if (previous != null && !previous.equals(mediaId)) {
            // The row first: its foreign key must let go of the picture before the picture goes.
            articles.flush();
            media.delete(previous);
        }
    }

    /** A new draft ({@code id} null) or the new text of an article, in one transaction. */
    public Article save(Long id, @NotNull @Valid ArticleForm form) {
        return save(id, form, ArticlePictures.NONE);
    }

    /** The same with pictures: all of it or nothing (a refused picture saves no text either). */
    public Article save(Long id, @NotNull @Valid ArticleForm form, @NotNull ArticlePictures pictures) {
        user.require(Permission.PUBLISH_NEWS);
        ArticleForm written = form;
        if (pictures.hasPicture()) {
            MediaRef picture = media.store(pictures.picture());
            written = new ArticleForm(
                    form.title(),
                    form.slug(),
                    form.summary(),
                    form.text().stripTrailing() + "\n\n![" + pictures.cleanCaption() + "](" + RichText.MEDIA_SCHEME
                            + ":" + picture.id() + ")",
                    form.categoryId());
        }
        Article article = id == null ? create(written) : update(id, written);
        if (pictures.hasCover()) {
            replaceCover(article, media.store(pictures.cover()).id());
        } else if (pictures.removeCover()) {
            replaceCover(article, null);
        }
        return article;
    }

    /** Saves and publishes at once: both or neither. */
    public Article saveAndPublish(Long id, @NotNull @Valid ArticleForm form) {
        return saveAndPublish(id, form, ArticlePictures.NONE);
    }

    public Article saveAndPublish(Long id, @NotNull @Valid ArticleForm form, @NotNull ArticlePictures pictures) {
        Article article = save(id, form, pictures);
        publish(article);
        return article;
    }

    /** Saves and schedules at once: both or neither (a time in the past saves nothing). */
    public Article saveAndSchedule(Long id, @NotNull @Valid ArticleForm form, @NotNull Instant at) {
        return saveAndSchedule(id, form, at, ArticlePictures.NONE);
    }

    public Article saveAndSchedule(
            Long id, @NotNull @Valid ArticleForm form, @NotNull Instant at, @NotNull ArticlePictures pictures) {
        if (!at.isAfter(clock.instant())) {
            throw new BusinessException("news.article.schedule.past");
        }
        Article article = save(id, form, pictures);
        schedule(article, at);
        return article;
    }

    /** The cover of an article, for its editor. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<MediaRef> coverOf(long id) {
        user.require(Permission.PUBLISH_NEWS);
        Long cover = articles.require(id).getCoverMediaId();
        return cover == null
                ? java.util.Optional.empty()
                : media.find(List.of(cover)).stream().findFirst();
    }

    public void publish(long id) {
        user.require(Permission.PUBLISH_NEWS);
        publish(articles.require(id));
    }

    private void publish(Article article) {
        changes.record(currentVillage.id(), FEATURE + ".article");
        article.publish(clock.instant());
        audit.record("news.article.published", article.getTitle(), null);
    }

    /** Published by the scheduler at {@code at} (a moment in the future); a published article must be withdrawn first. */
    public void schedule(long id, @NotNull Instant at) {
        user.require(Permission.PUBLISH_NEWS);
        schedule(articles.require(id), at);
    }

    private void schedule(Article article, Instant at) {
        article.schedule(at, clock.instant());
        audit.record("news.article.scheduled", article.getTitle(), at.toString());
    }

    /** Visitors no longer see it (a scheduled one is not published); it stays as a draft. */
    public void unpublish(long id) {
        user.require(Permission.PUBLISH_NEWS);
        Article article = articles.require(id);
        announceIfPublic(article);
        article.unpublish(clock.instant());
        audit.record("news.article.unpublished", article.getTitle(), null);
    }

    public void delete(long id) {
        user.require(Permission.PUBLISH_NEWS);
        Article article = articles.require(id);
        announceIfPublic(article);
        Long cover = article.getCoverMediaId();
        List<Long> pictures = RichText.mediaIds(article.getBody());
        String title = article.getTitle();
        articles.remove(article);
        articles.flush();
        media.delete(cover);
        pictures.forEach(media::delete);
        audit.record("news.article.deleted", title, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Article article(long id) {
        user.require(Permission.PUBLISH_NEWS);
        return articles.require(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<ArticleRow> articles(@NotNull PageRequest request, Optional<ArticleStatus> status) {
        user.require(Permission.PUBLISH_NEWS);
        Map<Long, String> names =
                categories.all().stream().collect(Collectors.toMap(NewsCategory::getId, NewsCategory::getName));
        return articles.page(request, status == null ? Optional.empty() : status)
                .map(a -> new ArticleRow(
                        a.getId(),
                        a.getTitle(),
                        a.getSlug(),
                        a.getStatus(),
                        a.getCategoryId() == null ? null : names.get(a.getCategoryId()),
                        a.getPublishAt(),
                        a.getPublishedAt(),
                        a.getUpdatedAt()));
    }

    // --- categories ---

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CategoryRow> categories() {
        user.require(Permission.PUBLISH_NEWS);
        return categories.all().stream()
                .map(c -> new CategoryRow(c.getId(), c.getName(), c.getSlug(), articles.countInCategory(c.getId())))
                .toList();
    }

    public NewsCategory createCategory(@NotBlank @Size(max = CATEGORY_NAME_MAX) String name) {
        user.require(Permission.PUBLISH_NEWS);
        changes.record(currentVillage.id(), FEATURE + ".category");
        String clean = name.strip().replaceAll("\\s+", " ");
        if (categories.nameTaken(clean, null)) {
            throw new BusinessException("news.category.taken", clean);
        }
        NewsCategory category = new NewsCategory(
                currentVillage.id(),
                clean,
                ArticleSlug.unique(ArticleSlug.of(clean), s -> categories.slugTaken(s, null)),
                clock.instant());
        categories.addNow(category);
        audit.record("news.category.created", clean, null);
        return category;
    }

    public void renameCategory(long id, @NotBlank @Size(max = CATEGORY_NAME_MAX) String name) {
        user.require(Permission.PUBLISH_NEWS);
        NewsCategory category = categories.require(id);
        changes.record(currentVillage.id(), FEATURE + ".category");
        String clean = name.strip().replaceAll("\\s+", " ");
        if (categories.nameTaken(clean, id)) {
            throw new BusinessException("news.category.taken", clean);
        }
        String before = category.getName();
        category.rename(clean, ArticleSlug.unique(ArticleSlug.of(clean), s -> categories.slugTaken(s, id)));
        audit.record("news.category.renamed", clean, before);
    }

    /** Only a category without articles (of any state) can go. */
    public void deleteCategory(long id) {
        user.require(Permission.PUBLISH_NEWS);
        NewsCategory category = categories.require(id);
        changes.record(currentVillage.id(), FEATURE + ".category");
        if (articles.countInCategory(id) > 0) {
            throw new BusinessException("news.category.notEmpty", category.getName());
        }
        categories.remove(category);
        audit.record("news.category.deleted", category.getName(), null);
    }

    // --- helpers ---

    private void write(Article article, ArticleForm form, Instant now) {
        Long categoryId = form.categoryId();
        if (categoryId != null) {
            categories.require(categoryId);
        }
        String html = RichText.withMedia(media::isOwnPublicImage).sanitize(ArticleText.toHtml(form.text()));
        String text = RichText.plainText(html);
        if (text.isEmpty() && !html.contains("<img")) {
            throw new BusinessException("news.article.text.empty");
        }
        String summary = form.summary() == null || form.summary().isBlank()
                ? null
                : form.summary().strip().replaceAll("\\s+", " ");
        article.write(form.title().strip().replaceAll("\\s+", " "), summary, form.text(), html, text, categoryId, now);
    }

    /** The address staff asked for, or the title's when they left it empty. */
    private static String wantedSlug(ArticleForm form) {
        return form.slug() == null || form.slug().isBlank()
                ? ArticleSlug.of(form.title())
                : ArticleSlug.of(form.slug());
    }

    private void announceIfPublic(Article article) {
        if (article.isPublic()) {
            changes.record(currentVillage.id(), FEATURE + ".article");
        }
    }
}
