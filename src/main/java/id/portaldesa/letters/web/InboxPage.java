package id.portaldesa.letters.web;

import id.portaldesa.letters.LetterOffice;
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

    private final PagedDataModel<LetterOffice.InboxRow> rows =
            new PagedDataModel<>(request -> office.inbox(request), LetterOffice.InboxRow::id);

    private transient String requestBase;

    /**
     * A request's address in the office, from one lookup per page: an outcome link on every row had
     * the navigation resolve the same view again for each of them, a fifth of the inbox's time.
     */
    public String requestAddress(long id) {
        if (requestBase == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            requestBase = context.getApplication()
                    .getViewHandler()
                    .getBookmarkableURL(context, LetterRoutes.OFFICE_REQUEST, Map.of(), false);
        }
        return requestBase + (requestBase.contains("?") ? "&" : "?") + "id=" + id;
    }

    public LazyDataModel<LetterOffice.InboxRow> getRows() {
        return rows;
    }

    /** Staff who hold no letter permission see the page without an inbox (nothing waits for them). */
    public boolean isWorksOnLetters() {
        return office.worksOnLetters();
    }
}
