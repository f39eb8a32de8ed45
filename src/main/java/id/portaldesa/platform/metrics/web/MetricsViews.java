package id.portaldesa.platform.metrics.web;

import id.portaldesa.shared.web.CacheableViews;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The public service page is the same for every anonymous visitor of a village and language. Workflow
 * moves record no village change ({@code MonthKeeper}); the page store's minute at most
 * ({@code AnonymousPages.MAX_AGE}) and the figures' own minute ({@code VillageMetrics.freshness}) bound
 * how far behind it is.
 */
@ApplicationScoped
public class MetricsViews implements CacheableViews {

    @Override
    public Set<String> viewIds() {
        return Set.of(MetricsRoutes.PUBLIC_VIEW);
    }
}
