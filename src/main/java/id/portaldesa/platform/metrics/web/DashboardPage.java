package id.portaldesa.platform.metrics.web;

import id.portaldesa.platform.metrics.DashboardExport;
import id.portaldesa.platform.metrics.RegencyMetrics;
import id.portaldesa.platform.metrics.VillageRow;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.shared.web.PagedDataModel;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /platform/kinerja}: the regency dashboard. The villages of the viewer's region for one month,
 * sorted and paged in the database ({@link RegencyMetrics}), district roll-ups, adoption, and the
 * whole table as CSV or XLSX.
 */
@Named("metricsDashboard")
@ViewScoped
public class DashboardPage implements Serializable {

    /** Where the export's column headers are in the bundles: this, and the column. */
    static final String EXPORT_KEYS = "platform.metrics.export.";

    /** The export's columns; their headers are {@code platform.metrics.export.<column>} in the bundles. */
    static final List<String> EXPORT_COLUMNS = List.of(
            "code",
            "village",
            "district",
            "lettersReceived",
            "lettersIssued",
            "lettersMedianHours",
            "lettersP90Hours",
            "lettersMedianNetHours",
            "lettersChangePercent",
            "complaintsReceived",
            "complaintsResolved",
            "firstResponseMedianHours",
            "withinTargetPercent",
            "overdue",
            "aspirationsReceived",
            "aspirationsAnswered",
            "aspirationsAccepted");

    @Inject
    RegencyMetrics metrics;

    @Inject
    CurrentLanguage language;

    /** yyyy-MM; empty for this month. */
    private String month;

    private boolean inactiveOnly;

    private final PagedDataModel<VillageRow> list = new PagedDataModel<>(
            request -> metrics.villages(
                    request, chosenMonth(), inactiveOnly ? RegencyMetrics.Show.INACTIVE : RegencyMetrics.Show.ALL),
            VillageRow::getVillageId);

    private transient List<RegencyMetrics.DistrictRow> districts;
    private transient RegencyMetrics.Adoption adoption;

    public YearMonth chosenMonth() {
        try {
            return month == null || month.isBlank() ? metrics.currentMonth() : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return metrics.currentMonth();
        }
    }

    /** The months offered: this one and the eleven before. */
    public List<String> getMonths() {
        List<String> months = new ArrayList<>();
        YearMonth now = metrics.currentMonth();
        for (int i = 0; i < 12; i++) {
            months.add(now.minusMonths(i).toString());
        }
        return months;
    }

    /** After the month or the filter changed. */
    public void refresh() {
        districts = null;
        adoption = null;
    }

    public List<RegencyMetrics.DistrictRow> getDistricts() {
        if (districts == null) {
            districts = metrics.districts(chosenMonth());
        }
        return districts;
    }

    public RegencyMetrics.Adoption getAdoption() {
        if (adoption == null) {
            adoption = metrics.adoption(chosenMonth());
        }
        return adoption;
    }

    public String duration(Long seconds) {
        return Durations.text(seconds, language.getLocale());
    }

    public String percent(Long share) {
        return share == null ? language.text("platform.metrics.none") : share + "%";
    }

    /** A change in percent with its sign, or the "no figure" mark. */
    public String change(Long change) {
        return change == null ? language.text("platform.metrics.none") : (change > 0 ? "+" : "") + change + "%";
    }

    public void downloadCsv() throws IOException {
        send("text/csv; charset=UTF-8", "csv", DashboardExport::csv);
    }

    public void downloadXlsx() throws IOException {
        String sheet =
                language.text("platform.metrics.export.sheet", chosenMonth().toString());
        send(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "xlsx",
                out -> DashboardExport.xlsx(out, sheet));
    }

    /** The export's column headers in the viewer's language. */
    static List<Object> header(java.util.Locale locale) {
        return EXPORT_COLUMNS.stream()
                .map(c -> (Object) Messages.get(locale, EXPORT_KEYS + c))
                .toList();
    }

    private interface Opening {
        DashboardExport.Sheet open(OutputStream out) throws IOException;
    }

    /** Streams the file: the header, then the villages page by page (keyset) as they are read. */
    private void send(String type, String extension, Opening opening) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        YearMonth month = chosenMonth();
        external.setResponseContentType(type);
        external.setResponseHeader(
                "Content-Disposition", "attachment; filename=\"kinerja-" + month + "." + extension + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (DashboardExport.Sheet sheet = opening.open(external.getResponseOutputStream())) {
            sheet.line(header(language.getLocale()));
            metrics.eachVillage(month, RegencyMetrics.EXPORT_PAGE, row -> {
                try {
                    sheet.line(DashboardExport.line(row));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        faces.responseComplete();
    }

    public PagedDataModel<VillageRow> getList() {
        return list;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public boolean isInactiveOnly() {
        return inactiveOnly;
    }

    public void setInactiveOnly(boolean inactiveOnly) {
        this.inactiveOnly = inactiveOnly;
    }
}
