package id.portaldesa.news;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An address an article had once: visitors who follow it are sent (301) to the article's current one. */
@Entity
@Table(name = "news_slug_history")
public class OldSlug extends VillageOwned {

    @Column(nullable = false)
    private String slug;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OldSlug() {}

    OldSlug(long villageId, String slug, long articleId, Instant now) {
        super(villageId);
        this.slug = slug;
        this.articleId = articleId;
        this.createdAt = now;
    }

    public String getSlug() {
        return slug;
    }

    public long getArticleId() {
        return articleId;
    }
}
