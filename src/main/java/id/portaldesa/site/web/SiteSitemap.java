package id.portaldesa.site.web;

import id.portaldesa.shared.seams.SitemapEntry;
import id.portaldesa.shared.seams.SitemapSource;
import id.portaldesa.site.pages.PublishedPages;
import id.portaldesa.site.profile.Profiles;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.TenantFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The site's own pages in the village's sitemap: home, profile and every published page. */
@ApplicationScoped
public class SiteSitemap implements SitemapSource {

    @Inject
    CurrentVillage village;

    @Inject
    Profiles profiles;

    @Inject
    PublishedPages pages;

    @Override
    public List<SitemapEntry> entries() {
        List<SitemapEntry> entries = new ArrayList<>();
        // The village keeps no time of its last home change; a sitemap may leave it out.
        entries.add(SitemapEntry.of(TenantFilter.VILLAGE_HOME_VIEW, null));
        if (!village.isPresent()) {
            return entries;
        }
        long id = village.id();
        entries.add(SitemapEntry.of(SiteRoutes.PROFILE_VIEW, profiles.of(id).updatedAt()));
        pages.of(id)
                .all()
                .forEach(p -> entries.add(new SitemapEntry(
                        SiteRoutes.PAGE_VIEW, Map.of(SiteRoutes.PAGE_PARAMETER, p.slug()), p.updatedAt())));
        return entries;
    }
}
