package id.portaldesa.platform.metrics.web;

import id.portaldesa.platform.metrics.Figures;
import id.portaldesa.platform.metrics.VillageFigures;
import id.portaldesa.platform.metrics.VillageMetrics;
import id.portaldesa.platform.metrics.Workflow;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.seams.KindNames;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * {@code /layanan/kinerja}: the village's service figures of its last twelve months, from memory
 * ({@link VillageMetrics}); charts as inline SVG, each followed by a table of the same figures.
 */
@Named("performancePage")
@RequestScoped
public class PerformancePage {

    /** One month's row of the tables. */
    public record MonthRow(String label, Figures letters, Figures complaints, Figures aspirations) {}

    @Inject
    CurrentVillage village;

    @Inject
    VillageMetrics metrics;

    @Inject
    CurrentLanguage language;

    @Inject
    Instance<KindNames> kindNames;

    private VillageFigures figures;

    public VillageFigures getFigures() {
        if (figures == null) {
            figures = metrics.of(village.require().id());
        }
        return figures;
    }

    public List<MonthRow> getRows() {
        VillageFigures f = getFigures();
        List<MonthRow> rows = new ArrayList<>();
        List<String> labels = labels();
        for (int i = 0; i < f.months().size(); i++) {
            rows.add(new MonthRow(
                    labels.get(i),
                    f.letters().get(i),
                    f.complaints().get(i),
                    f.aspirations().get(i)));
        }
        return rows;
    }

    public String getLettersChart() {
        return chart("platform.metrics.letters.chart", getFigures().letters(), Figures::received, Figures::done);
    }

    public String getComplaintsChart() {
        return chart("platform.metrics.complaints.chart", getFigures().complaints(), Figures::received, Figures::done);
    }

    public String getAspirationsChart() {
        return chart(
                "platform.metrics.aspirations.chart", getFigures().aspirations(), Figures::received, Figures::done);
    }

    /** A letter type as the village names it; its code when it is no longer offered. */
    public String letterType(String code) {
        if (VillageFigures.Kind.OTHERS.equals(code)) {
            return language.text("platform.metrics.otherTypes", VillageMetrics.FEWEST_SHOWN);
        }
        return kindNames.stream()
                .filter(k -> k.subjectType().equals(Workflow.LETTERS.subject()))
                .map(k -> k.nameOf(code))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElse(code);
    }

    /** Fewer items than this and a duration or share is not shown (privacy). */
    public int getFewestShown() {
        return VillageMetrics.FEWEST_SHOWN;
    }

    public String duration(Long seconds) {
        return Durations.text(seconds, language.getLocale());
    }

    /** A share in percent, or the "no figure" mark. */
    public String percent(Long share) {
        return share == null ? language.text("platform.metrics.none") : share + "%";
    }

    private String chart(String titleKey, List<Figures> months, ToLongFunction<Figures> a, ToLongFunction<Figures> b) {
        return BarChart.svg(
                language.text(titleKey),
                labels(),
                List.of(
                        months.stream().mapToLong(a).toArray(),
                        months.stream().mapToLong(b).toArray()));
    }

    private List<String> labels() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MMM yy", language.getLocale());
        return getFigures().months().stream().map((YearMonth m) -> m.format(f)).toList();
    }
}
