package id.portaldesa.site.web;

import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import id.portaldesa.village.TenantFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Addresses of the village's site: its home page, profile, own pages, search, sitemap and robots.txt,
 * the platform's sitemap index, and the back-office pages that edit the site (EDIT_SITE).
 */
@ApplicationScoped
public class SiteRoutes implements RouteSource {

    public static final String SITEMAP_VIEW = "/public/site/sitemap.xhtml";
    public static final String SITEMAP_INDEX_VIEW = "/public/site/sitemap-index.xhtml";
    public static final String PROFILE_VIEW = "/public/site/profile.xhtml";
    public static final String PAGE_VIEW = "/public/site/page.xhtml";
    public static final String SEARCH_VIEW = "/public/site/search.xhtml";
    public static final String ROBOTS_VIEW = "/public/site/robots.xhtml";
    /** The page's path parameter: {@code /halaman/{judul}}. */
    public static final String PAGE_PARAMETER = "judul";

    @Override
    public List<Route> routes() {
        Access editSite = Access.needs(Permission.EDIT_SITE);
        return List.of(
                Route.of("/", TenantFilter.VILLAGE_HOME_VIEW, Access.ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/sitemap.xml", SITEMAP_VIEW, Access.ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/sitemap.xml", SITEMAP_INDEX_VIEW, Access.ANYONE).onlyOn(Route.Site.PLATFORM),
                Route.of("/robots.txt", ROBOTS_VIEW, Access.ANYONE),
                Route.of("/profil", PROFILE_VIEW, Access.ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/halaman/{" + PAGE_PARAMETER + "}", PAGE_VIEW, Access.ANYONE)
                        .onlyOn(Route.Site.VILLAGE),
                Route.of("/cari", SEARCH_VIEW, Access.ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/kantor/profil", "/office/site/profile.xhtml", editSite)
                        .withUploads(),
                Route.of("/kantor/profil/rincian", "/office/site/details.xhtml", editSite)
                        .withUploads(),
                Route.of("/kantor/perangkat", "/office/site/officials.xhtml", editSite)
                        .withUploads(),
                Route.of("/kantor/halaman", "/office/site/pages.xhtml", editSite),
                Route.of("/kantor/halaman/ubah", "/office/site/page-edit.xhtml", editSite)
                        .withUploads(),
                Route.of("/kantor/tampilan", "/office/site/theme.xhtml", editSite),
                Route.of("/kantor/menu", "/office/site/menu.xhtml", editSite));
    }
}
