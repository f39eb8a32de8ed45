package id.portaldesa.platform.metrics.web;

import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A village's public service page from the platform console: its clean address built by {@link
 * VillageLinks} (on the village's own domain where it has one, else under its slug), never by joining
 * the slug to a path.
 */
@Named("metricsLinks")
@ApplicationScoped
public class MetricsLinks {

    @Inject
    VillageDirectory directory;

    @Inject
    VillageLinks links;

    /** The absolute address of the village's {@code /layanan/kinerja}; null for a village not known. */
    public String publicPage(long villageId) {
        return directory
                .byId(villageId)
                .map(v -> links.page(v, MetricsRoutes.PUBLIC_VIEW))
                .orElse(null);
    }
}
