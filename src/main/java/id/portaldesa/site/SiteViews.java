package id.portaldesa.site;

import id.portaldesa.shared.web.CacheableViews;
import id.portaldesa.village.TenantFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * A village's home page is the same for every anonymous visitor of one language and address, and
 * shows only what is announced when it changes (the site profile and logo; later its sections).
 */
@ApplicationScoped
public class SiteViews implements CacheableViews {

    @Override
    public Set<String> viewIds() {
        return Set.of(TenantFilter.VILLAGE_HOME_VIEW);
    }
}
