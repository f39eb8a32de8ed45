package id.portaldesa.news.web;

import id.portaldesa.shared.web.CacheableViews;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The news list's first page and the feed are the same for every anonymous visitor of one village,
 * address and language, and change only with an announced change: they may be kept rendered. (Article
 * pages are not: the page store keys by view, and every article shares one view; their data comes
 * from {@link id.portaldesa.news.PublishedNews}'s memory instead.)
 */
@ApplicationScoped
public class NewsViews implements CacheableViews {

    @Override
    public Set<String> viewIds() {
        return Set.of(NewsRoutes.LIST_VIEW, NewsRoutes.FEED_VIEW);
    }
}
