package id.portaldesa.letters.web;

import id.portaldesa.letters.LetterOffice;
import id.portaldesa.letters.LetterRequestRepository;
import id.portaldesa.letters.LetterState;
import id.portaldesa.letters.LetterType;
import id.portaldesa.shared.web.PagedDataModel;
import id.portaldesa.village.VillageClock;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;

/**
 * {@code /kantor/surat/agenda}: the register of outgoing letters, filtered by type, dates (in the
 * village's days) and state, paged in the database; the same filter downloads as CSV.
 */
@Named("letterRegisterPage")
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterOffice office;

    @Inject
    VillageClock villageClock;

    private String typeCode;
    private LocalDate from;
    private LocalDate until;
    private LetterState state;

    private final PagedDataModel<LetterOffice.RegisterRow> rows =
            new PagedDataModel<>(request -> office.register(filter(), request), LetterOffice.RegisterRow::id);

    /** The filter in force, as the repository takes it. */
    LetterRequestRepository.RegisterFilter filter() {
        var time = villageClock.current();
        return new LetterRequestRepository.RegisterFilter(
                typeCode == null || typeCode.isBlank() ? null : typeCode,
                from == null ? null : time.startOf(from),
                until == null ? null : time.endOf(until),
                state);
    }

    public LazyDataModel<LetterOffice.RegisterRow> getRows() {
        return rows;
    }

    public void apply() {
        // The table reads the filter on its next load.
    }

    /** The CSV address's query, carrying the filter. */
    public Map<String, String> getCsvParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (typeCode != null && !typeCode.isBlank()) {
            p.put("jenis", typeCode);
        }
        if (from != null) {
            p.put("dari", from.toString());
        }
        if (until != null) {
            p.put("sampai", until.toString());
        }
        if (state != null) {
            p.put("status", state.name());
        }
        return p;
    }

    public List<LetterType> getTypes() {
        return isWorksOnLetters() ? office.types() : List.of();
    }

    public LetterState[] getStates() {
        return new LetterState[] {LetterState.ISSUED, LetterState.REVOKED};
    }

    /** Staff who hold no letter permission see the page without the register. */
    public boolean isWorksOnLetters() {
        return office.worksOnLetters();
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public LetterState getState() {
        return state;
    }

    public void setState(LetterState state) {
        this.state = state;
    }

    static Optional<LocalDate> date(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
