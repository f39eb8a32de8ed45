package id.portaldesa.site.pages;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A slug a page had before its title changed: its address answers 301 to the page's current one. */
@Entity
@Table(name = "site_page_old_slug")
public class PageOldSlug extends VillageOwned {

    @Column(name = "page_id", nullable = false)
    private long pageId;

    @Column(nullable = false)
    private String slug;

    protected PageOldSlug() {}

    PageOldSlug(long villageId, long pageId, String slug) {
        super(villageId);
        this.pageId = pageId;
        this.slug = slug;
    }

    public long getPageId() {
        return pageId;
    }

    public String getSlug() {
        return slug;
    }
}
