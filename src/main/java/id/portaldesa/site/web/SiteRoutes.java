package id.portaldesa.site.web;

import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import id.portaldesa.village.TenantFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Addresses of the village's home page, its sitemap and its profile in the back office. */
@ApplicationScoped
public class SiteRoutes implements RouteSource {

    public static final String SITEMAP_VIEW = "/public/site/sitemap.xhtml";

    @Override
    public List<Route> routes() {
        return List.of(
                Route.of("/", TenantFilter.VILLAGE_HOME_VIEW, Access.ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/sitemap.xml", SITEMAP_VIEW, Access.ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/kantor/profil", "/office/site/profile.xhtml", Access.needs(Permission.EDIT_SITE))
                        .withUploads());
    }
}
