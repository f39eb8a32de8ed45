package id.portaldesa.platform.metrics.web;

import id.portaldesa.shared.web.CacheableViews;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The public service page is the same for every anonymous visitor of a village and language, and
 * changes only with a recorded change of a letter request, complaint or aspiration, each of which
 * records a village change ({@code FactKeeper}); and with the month, which a minute's keeping at
 * most outlives.
 */
@ApplicationScoped
public class MetricsViews implements CacheableViews {

    @Override
    public Set<String> viewIds() {
        return Set.of(MetricsRoutes.PUBLIC_VIEW);
    }
}
