package id.portaldesa.news.web;

import id.portaldesa.shared.web.CacheableViews;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The news list's first page, each article and the feed are the same for every anonymous visitor of
 * one village, address and language, and change only with an announced change: they may be kept
 * rendered (the page store keys by address, so each article is its own page; an unknown or old
 * address answers 404 or 301, which is never stored).
 */
@ApplicationScoped
public class NewsViews implements CacheableViews {

    @Override
    public Set<String> viewIds() {
        return Set.of(NewsRoutes.LIST_VIEW, NewsRoutes.ARTICLE_VIEW, NewsRoutes.FEED_VIEW);
    }
}
