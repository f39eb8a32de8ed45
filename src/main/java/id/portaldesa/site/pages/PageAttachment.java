package id.portaldesa.site.pages;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A downloadable document (PDF, through the media pipeline) of a page, with the title it is listed under. */
@Entity
@Table(name = "site_page_attachment")
public class PageAttachment extends VillageOwned {

    @Column(name = "page_id", nullable = false)
    private long pageId;

    @Column(name = "media_id", nullable = false)
    private long mediaId;

    @Column(nullable = false)
    private String title;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected PageAttachment() {}

    PageAttachment(long villageId, long pageId, long mediaId, String title, int sortOrder) {
        super(villageId);
        this.pageId = pageId;
        this.mediaId = mediaId;
        this.title = title;
        this.sortOrder = sortOrder;
    }

    public long getPageId() {
        return pageId;
    }

    public long getMediaId() {
        return mediaId;
    }

    public String getTitle() {
        return title;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
