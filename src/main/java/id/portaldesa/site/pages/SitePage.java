package id.portaldesa.site.pages;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One of the village's own pages (lembaga desa, BPD, Perdes, APBDes) at {@code /halaman/<slug>}. The
 * body is HTML already sanitised by an allow-list when it was saved. The slug follows the title;
 * the slugs it had before keep answering (301) through {@link PageOldSlug}.
 */
@Entity
@Table(name = "site_page")
public class SitePage extends VillageOwned {

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SitePage() {}

    SitePage(long villageId, String slug, String title, String body, Instant now) {
        super(villageId);
        this.slug = slug;
        this.title = title;
        this.body = body;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void change(String slug, String title, String body, Instant now) {
        this.slug = slug;
        this.title = title;
        this.body = body;
        this.updatedAt = now;
    }

    void publish(boolean published, Instant now) {
        this.published = published;
        this.updatedAt = now;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
