package id.portaldesa.site.web;

import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /robots.txt}: on a village's site it names the village's sitemap and keeps crawlers out of
 * the back office, the residents' pages and the search; on the platform's host it does the same for
 * every village reached by its slug and names every page of the platform's sitemap index. Plain text,
 * which Faces does not render: this servlet answers the route's view address itself (an exact
 * mapping wins over the Faces servlet's {@code *.xhtml}).
 */
@WebServlet(SiteRoutes.ROBOTS_VIEW)
public class RobotsServlet extends HttpServlet {

    @Inject
    CurrentVillage village;

    @Inject
    VillageLinks links;

    @Inject
    SitemapIndexPage index;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getWriter().write(text());
    }

    String text() {
        StringBuilder text = new StringBuilder("User-agent: *\n");
        if (village.isPresent()) {
            VillageRef v = village.require();
            String prefix = village.getPathPrefix();
            for (String path : new String[] {"/kantor", "/akun", "/cari", "/masuk", "/daftar"}) {
                text.append("Disallow: ").append(prefix).append(path).append('\n');
            }
            text.append("\nSitemap: ")
                    .append(links.page(v, SiteRoutes.SITEMAP_VIEW))
                    .append('\n');
            return text.toString();
        }
        for (String path :
                new String[] {"/platform/", "/masuk", "/akun", "/*/kantor", "/*/akun", "/*/cari", "/*/masuk"}) {
            text.append("Disallow: ").append(path).append('\n');
        }
        text.append('\n');
        String sitemap = links.platformPage(SiteRoutes.SITEMAP_INDEX_VIEW);
        int pages = index.pageCount();
        for (int page = 1; page <= pages; page++) {
            text.append("Sitemap: ")
                    .append(page == 1 ? sitemap : sitemap + "?" + SitemapIndexPage.PAGE_PARAMETER + "=" + page)
                    .append('\n');
        }
        return text.toString();
    }
}
