package id.portaldesa.participation.web;

import id.portaldesa.participation.Complaint;
import id.portaldesa.participation.ComplaintRepository.QueueFilter;
import id.portaldesa.participation.ComplaintService;
import id.portaldesa.shared.web.PagedDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * {@code /kantor/pengaduan}: the complaints queue, the most overdue first, paged in the database;
 * past its category's target response time a complaint is marked overdue. Unconfirmed guest
 * complaints are not in it.
 */
@Named
@ViewScoped
public class OfficeComplaintsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintService complaints;

    private QueueFilter filter = QueueFilter.OPEN;
    private Map<Long, String> staff;

    /** A row as the table prints it. */
    public record Row(
            long id,
            String reference,
            String category,
            String state,
            String priority,
            String assignee,
            Instant dueAt,
            boolean overdue,
            Instant createdAt)
            implements Serializable {}

    @PostConstruct
    void load() {
        staff = Map.copyOf(complaints.staffNames());
    }

    private final PagedDataModel<Row> rows = new PagedDataModel<>(
            request -> complaints.queue(filter.states, request).map(this::rowOf), Row::id);

    private Row rowOf(Complaint c) {
        return new Row(
                c.getId(),
                c.getReference(),
                c.getCategory().name(),
                c.getState().name(),
                c.getPriority().name(),
                c.getAssigneeAccountId() == null ? "" : staff.getOrDefault(c.getAssigneeAccountId(), ""),
                c.getDueAt(),
                complaints.isOverdue(c),
                c.getCreatedAt());
    }

    public LazyDataModel<Row> getRows() {
        return rows;
    }

    public String getFilter() {
        return filter.name();
    }

    public void setFilter(String value) {
        for (QueueFilter f : QueueFilter.values()) {
            if (f.name().equals(value)) {
                filter = f;
            }
        }
    }

    public QueueFilter[] getFilters() {
        return QueueFilter.values();
    }
}
