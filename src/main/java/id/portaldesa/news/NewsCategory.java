package id.portaldesa.news;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A category of the village's news ("Pemerintahan", "Kegiatan Warga"); its slug names it in {@code ?kategori=}. */
@Entity
@Table(name = "news_category")
public class NewsCategory extends VillageOwned {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String slug;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NewsCategory() {}

    NewsCategory(long villageId, String name, String slug, Instant now) {
        super(villageId);
        this.name = name;
        this.slug = slug;
        this.createdAt = now;
    }

    void rename(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }
}
