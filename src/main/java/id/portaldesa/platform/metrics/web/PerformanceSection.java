package id.portaldesa.platform.metrics.web;

import id.portaldesa.platform.metrics.VillageMetrics;
import id.portaldesa.shared.seams.HomeSection;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The village's service figures in short on its home page, with the link to the whole page; from
 * memory. Left out while the village has nothing to show yet.
 */
@ApplicationScoped
public class PerformanceSection implements HomeSection {

    @Inject
    CurrentVillage village;

    @Inject
    VillageMetrics metrics;

    @Override
    public int order() {
        return 480;
    }

    @Override
    public String titleKey() {
        return "platform.metrics.home";
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/platform/performance.xhtml";
    }

    @Override
    public Optional<?> model() {
        return village.get().map(v -> metrics.of(v.id())).filter(f -> !f.isEmpty());
    }
}
