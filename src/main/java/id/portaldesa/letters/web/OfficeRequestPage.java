package id.portaldesa.letters.web;

import id.portaldesa.letters.LetterOffice;
import id.portaldesa.letters.RequestView;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.web.ChosenId;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * {@code /kantor/surat/permohonan?id=…}: one request for the official whose turn it is, with the
 * applicant's data, the scans, the history and exactly the moves this person may make now.
 */
@Named("letterOfficeRequestPage")
@ViewScoped
public class OfficeRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterOffice office;

    private long id;
    private String note;
    private transient String password;
    private transient RequestView view;
    private transient Set<LetterOffice.Action> actions;

    @PostConstruct
    void load() {
        id = ChosenId.ofRequest();
    }

    /**
     * The page's view action: another village's or a missing request is a 404 before anything
     * renders (thrown from @PostConstruct it reached the page wrapped by Weld: a 500).
     */
    public void find() {
        if (id < 0) {
            throw new NotFoundException();
        }
        if (isChosen()) {
            getView();
        }
    }

    /** Whether a request was asked for (the page without one points to the inbox). */
    public boolean isChosen() {
        return id > 0;
    }

    public String getTitle() {
        return isChosen() ? getView().reference() : "";
    }

    public RequestView getView() {
        if (view == null) {
            view = office.view(id);
        }
        return view;
    }

    public boolean can(String action) {
        if (!isChosen()) {
            return false;
        }
        if (actions == null) {
            actions = office.actions(id);
        }
        return actions.contains(LetterOffice.Action.valueOf(action));
    }

    public List<LetterOffice.Printed> getPrints() {
        return office.printsOf(id);
    }

    public String check() {
        office.check(id, note);
        return done("letters.done.checked");
    }

    public String release() {
        office.release(id);
        return done("letters.done.released");
    }

    public String returnToResident() {
        office.returnToResident(id, note);
        return done("letters.done.returned");
    }

    public String reject() {
        office.reject(id, note);
        return done("letters.done.rejected");
    }

    public String verify() {
        office.verify(id, note);
        return done("letters.done.verified");
    }

    public String sign() {
        try {
            var letter = office.sign(id, password);
            return done("letters.done.signed", letter.number());
        } finally {
            password = null;
        }
    }

    public String revoke() {
        office.revoke(id, note);
        return done("letters.done.revoked");
    }

    private String done(String key, Object... arguments) {
        FacesMessages.info(key, arguments);
        FacesMessages.keepForNextRequest();
        return LetterRoutes.OFFICE_REQUEST + "?faces-redirect=true&id=" + id;
    }

    public long getId() {
        return id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
