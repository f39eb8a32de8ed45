package id.portaldesa.site;

import id.portaldesa.shared.web.CacheableViews;
import id.portaldesa.village.TenantFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * A village's home and profile pages are the same for every anonymous visitor of one language and
 * address, and show only what is announced when it changes (the site, its sections, the profile and
 * officials; an official's account name, which the account feature does not announce, at most a
 * minute late, the page cache's own limit).
 */
@ApplicationScoped
public class SiteViews implements CacheableViews {

    @Override
    public Set<String> viewIds() {
        return Set.of(TenantFilter.VILLAGE_HOME_VIEW, id.portaldesa.site.web.SiteRoutes.PROFILE_VIEW);
    }
}
