package id.portaldesa.news;

import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A news article of one village. Its text is kept twice: as the editor typed it ({@code source}) and
 * as the sanitised HTML visitors get ({@code body}), with the plain text for the search. Its state
 * changes only through {@link #publish}, {@link #schedule} and {@link #unpublish}; the scheduler
 * publishes a due article with one conditional update instead (on one node only).
 */
@Entity
@Table(name = "news_article")
public class Article extends VillageOwned {

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String body;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "cover_media_id")
    private Long coverMediaId;

    @Column(name = "author_account_id", nullable = false, updatable = false)
    private long authorAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Article() {}

    Article(long villageId, long authorAccountId, Instant now) {
        super(villageId);
        this.authorAccountId = authorAccountId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The text and its place: the HTML given here is already sanitised. */
    void write(
            String title,
            String summary,
            String source,
            String safeBody,
            String bodyText,
            Long categoryId,
            Instant now) {
        this.title = title;
        this.summary = summary;
        this.source = source;
        this.body = safeBody;
        this.bodyText = bodyText;
        this.categoryId = categoryId;
        this.updatedAt = now;
    }

    void moveTo(String slug) {
        this.slug = slug;
    }

    void cover(Long mediaId) {
        this.coverMediaId = mediaId;
    }

    /** Public from now on; the date visitors see is its first publication. */
    void publish(Instant now) {
        status = ArticleStatus.PUBLISHED;
        publishAt = null;
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    /** Published by the scheduler at {@code at}, which must be later than now. */
    void schedule(Instant at, Instant now) {
        if (!at.isAfter(now)) {
            throw new BusinessException("news.article.schedule.past");
        }
        if (status == ArticleStatus.PUBLISHED) {
            throw new BusinessException("news.article.schedule.published");
        }
        status = ArticleStatus.SCHEDULED;
        publishAt = at;
        updatedAt = now;
    }

    /** Back to a draft: visitors no longer see it, a schedule is cancelled. */
    void unpublish(Instant now) {
        status = ArticleStatus.DRAFT;
        publishAt = null;
        updatedAt = now;
    }

    public boolean isPublic() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** Was public at some time: its address may be linked somewhere, so an old slug is kept. */
    public boolean wasEverPublic() {
        return publishedAt != null;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getSource() {
        return source;
    }

    public String getBody() {
        return body;
    }

    public String getBodyText() {
        return bodyText;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public Long getCoverMediaId() {
        return coverMediaId;
    }

    public long getAuthorAccountId() {
        return authorAccountId;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
