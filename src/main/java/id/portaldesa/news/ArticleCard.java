package id.portaldesa.news;

import id.portaldesa.media.MediaRef;
import java.io.Serializable;
import java.time.Instant;

/**
 * A published article as lists show it (the news page, the home page, the feed, the API): immutable,
 * safe to keep in caches.
 *
 * @param excerpt the summary staff wrote, or the start of the text
 * @param categoryName null when it has none
 * @param cover the cover picture; null without one
 */
public record ArticleCard(
        long id,
        String slug,
        String title,
        String excerpt,
        String categoryName,
        String categorySlug,
        MediaRef cover,
        Instant publishedAt,
        Instant updatedAt)
        implements Serializable {

    public boolean hasCover() {
        return cover != null;
    }
}
