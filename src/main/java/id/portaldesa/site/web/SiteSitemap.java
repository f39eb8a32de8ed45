package id.portaldesa.site.web;

import id.portaldesa.shared.seams.SitemapEntry;
import id.portaldesa.shared.seams.SitemapSource;
import id.portaldesa.village.TenantFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The site's own pages in the village's sitemap: its home page. */
@ApplicationScoped
public class SiteSitemap implements SitemapSource {

    @Override
    public List<SitemapEntry> entries() {
        // The village keeps no time of its last profile change; a sitemap may leave it out.
        return List.of(SitemapEntry.of(TenantFilter.VILLAGE_HOME_VIEW, null));
    }
}
