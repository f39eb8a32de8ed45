package id.portaldesa.village.web;

import id.portaldesa.shared.web.CacheableViews;
import id.portaldesa.village.TenantFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The platform's village directory is the same for every anonymous visitor of one language (a search
 * has a query string, which the cache never stores), and follows every village change.
 */
@ApplicationScoped
public class DirectoryViews implements CacheableViews {

    @Override
    public Set<String> viewIds() {
        return Set.of(TenantFilter.DIRECTORY_VIEW);
    }
}
