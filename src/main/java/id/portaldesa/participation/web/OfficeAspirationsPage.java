package id.portaldesa.participation.web;

import id.portaldesa.participation.Aspiration;
import id.portaldesa.participation.AspirationRepository.OfficeFilter;
import id.portaldesa.participation.AspirationService;
import id.portaldesa.shared.web.PagedDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.primefaces.model.LazyDataModel;

/**
 * {@code /kantor/aspirasi}: aspirations waiting for moderation, hidden by flags, public, or rejected,
 * paged in the database.
 */
@Named
@ViewScoped
public class OfficeAspirationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AspirationService aspirations;

    private OfficeFilter filter = OfficeFilter.WAITING;

    /** A row as the table prints it. */
    public record Row(
            long id,
            String title,
            String category,
            String state,
            int supports,
            int flags,
            boolean hidden,
            Instant createdAt)
            implements Serializable {}

    private final PagedDataModel<Row> rows = new PagedDataModel<>(
            request -> aspirations.office(filter, request).map(OfficeAspirationsPage::rowOf), Row::id);

    static Row rowOf(Aspiration a) {
        return new Row(
                a.getId(),
                a.getTitle(),
                a.getCategory().name(),
                a.getState().name(),
                a.getSupportCount(),
                a.getFlagCount(),
                a.isHidden(),
                a.getCreatedAt());
    }

    public LazyDataModel<Row> getRows() {
        return rows;
    }

    public String getFilter() {
        return filter.name();
    }

    public void setFilter(String value) {
        for (OfficeFilter f : OfficeFilter.values()) {
            if (f.name().equals(value)) {
                filter = f;
            }
        }
    }

    public OfficeFilter[] getFilters() {
        return OfficeFilter.values();
    }
}
