package id.portaldesa.letters.web;

import id.portaldesa.letters.LetterOffice;
import id.portaldesa.letters.LetterSettingsService;
import id.portaldesa.letters.RequestView;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.web.ChosenId;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /kantor/surat/cetak?id=…}: an issued letter for printing at the counter (its PDF, opened in
 * the browser to print), and the record of who printed it when, for villages that still sign and
 * stamp by hand.
 */
@Named("letterPrintPage")
@ViewScoped
public class PrintPage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterOffice office;

    @Inject
    LetterSettingsService settings;

    private long id;
    private transient RequestView view;

    @PostConstruct
    void load() {
        id = ChosenId.ofRequest();
    }

    /**
     * The page's view action: another village's, a missing or an unissued letter is a 404 before
     * anything renders (thrown from @PostConstruct it reached the page wrapped by Weld: a 500).
     */
    public void find() {
        if (id < 0) {
            throw new NotFoundException();
        }
        if (isChosen()) {
            getView();
        }
    }

    public boolean isChosen() {
        return id > 0;
    }

    public RequestView getView() {
        if (view == null) {
            view = office.view(id);
            if (view.letterNumber() == null) {
                throw new NotFoundException();
            }
        }
        return view;
    }

    public List<LetterOffice.Printed> getPrints() {
        return isChosen() ? office.printsOf(id) : List.of();
    }

    public boolean isWetSignature() {
        return settings.current().wetSignature();
    }

    public String recordPrint() {
        office.recordPrint(id);
        FacesMessages.info("letters.done.printed");
        FacesMessages.keepForNextRequest();
        return LetterRoutes.PRINT + "?faces-redirect=true&id=" + id;
    }

    public long getId() {
        return id;
    }
}
