package id.portaldesa.letters.web;

import id.portaldesa.letters.LetterOffice;
import id.portaldesa.shared.web.PagedDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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

    public LazyDataModel<LetterOffice.InboxRow> getRows() {
        return rows;
    }

    /** Staff who hold no letter permission see the page without an inbox (nothing waits for them). */
    public boolean isWorksOnLetters() {
        return office.worksOnLetters();
    }
}
