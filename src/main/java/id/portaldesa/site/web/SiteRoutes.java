package id.portaldesa.site.web;

import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The site feature's addresses. */
@ApplicationScoped
public class SiteRoutes implements RouteSource {

    public static final String SITEMAP_VIEW = "/public/site/sitemap.xhtml";

    @Override
    public List<Route> routes() {
        return List.of(Route.of("/sitemap.xml", SITEMAP_VIEW, Access.ANYONE));
    }
}
