package id.portaldesa.letters.web;

import id.portaldesa.letters.LetterOffice;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.web.PagedDataModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/** {@code /kantor/surat}: what waits for this official, oldest first, paged in the database. */
@Named("letterInboxPage")
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterOffice office;

    @Inject
    LetterTimes times;

    @Inject
    CurrentLanguage language;

    private transient String requestBase;

    private final PagedDataModel<Line> rows =
            new PagedDataModel<>(request -> office.inbox(request).map(this::lineOf), Line::getId);

    /**
     * A row as the table prints it, texts made once here and read as properties: each method call in
     * an EL expression looks the method up by reflection again, nine of them on each of 20 rows.
     */
    public static final class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String address;
        private final String reference;
        private final String typeName;
        private final String subject;
        private final String state;
        private final String waiting;
        private final String submitted;

        Line(
                long id,
                String address,
                String reference,
                String typeName,
                String subject,
                String state,
                String waiting,
                String submitted) {
            this.id = id;
            this.address = address;
            this.reference = reference;
            this.typeName = typeName;
            this.subject = subject;
            this.state = state;
            this.waiting = waiting;
            this.submitted = submitted;
        }

        public long getId() {
            return id;
        }

        public String getAddress() {
            return address;
        }

        public String getReference() {
            return reference;
        }

        public String getTypeName() {
            return typeName;
        }

        public String getSubject() {
            return subject;
        }

        public String getState() {
            return state;
        }

        public String getWaiting() {
            return waiting;
        }

        public String getSubmitted() {
            return submitted;
        }
    }

    Line lineOf(LetterOffice.InboxRow row) {
        return new Line(
                row.id(),
                requestAddress(row.id()),
                row.reference(),
                row.typeName(),
                row.subjectName() == null ? language.text("letters.subject.SELF") : row.subjectName(),
                language.text("letters.state." + row.state()),
                times.age(row.waitingSince()),
                times.at(row.submittedAt()));
    }

    /**
     * A request's address in the office, from one lookup per page: an outcome link on every row had
     * the navigation resolve the same view again for each of them, a fifth of the inbox's time.
     */
    String requestAddress(long id) {
        if (requestBase == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            requestBase = context.getApplication()
                    .getViewHandler()
                    .getBookmarkableURL(context, LetterRoutes.OFFICE_REQUEST, Map.of(), false);
        }
        return requestBase + (requestBase.contains("?") ? "&" : "?") + "id=" + id;
    }

    public LazyDataModel<Line> getRows() {
        return rows;
    }

    /** Staff who hold no letter permission see the page without an inbox (nothing waits for them). */
    public boolean isWorksOnLetters() {
        return office.worksOnLetters();
    }
}
