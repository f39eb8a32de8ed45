package id.portaldesa.news.web;

import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The news pages of a village: the public list, articles and feed, and the back office's. */
@ApplicationScoped
public class NewsRoutes implements RouteSource {

    public static final String LIST_VIEW = "/public/news/list.xhtml";
    public static final String ARTICLE_VIEW = "/public/news/article.xhtml";
    public static final String FEED_VIEW = "/public/news/feed.xhtml";
    public static final String OFFICE_LIST_VIEW = "/office/news/articles.xhtml";
    public static final String EDITOR_VIEW = "/office/news/editor.xhtml";
    public static final String CATEGORIES_VIEW = "/office/news/categories.xhtml";

    /** The article page's path parameter: {@code /berita/{judul}}. */
    public static final String SLUG_PARAMETER = "judul";

    @Override
    public List<Route> routes() {
        Access staff = Access.needs(Permission.PUBLISH_NEWS);
        return List.of(
                Route.of("/berita", LIST_VIEW, Access.ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/berita/feed.xml", FEED_VIEW, Access.ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/berita/{" + SLUG_PARAMETER + "}", ARTICLE_VIEW, Access.ANYONE)
                        .onlyOn(Route.Site.VILLAGE),
                Route.of("/kantor/berita", OFFICE_LIST_VIEW, staff),
                Route.of("/kantor/berita/tulis", EDITOR_VIEW, staff).withUploads(),
                Route.of("/kantor/berita/kategori", CATEGORIES_VIEW, staff));
    }
}
