package id.portaldesa.participation.web;

import id.portaldesa.media.MediaRef;
import id.portaldesa.participation.Aspiration;
import id.portaldesa.participation.AspirationService;
import id.portaldesa.participation.AspirationState;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.web.ChosenId;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.shared.workflow.StateChange;
import id.portaldesa.shared.workflow.StateChanges;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /kantor/aspirasi/detail?id=…}: one aspiration for the office: publish or reject it (the
 * admin), show it again or remove it after flags (the admin), answer it (officials), its history.
 */
@Named
@ViewScoped
public class OfficeAspirationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AspirationService aspirations;

    @Inject
    StateChanges stateChanges;

    private long id;
    private String note;
    private String status;
    private transient Aspiration aspiration;

    @PostConstruct
    void load() {
        id = ChosenId.ofRequest();
    }

    /** The view action: another village's or a missing aspiration is a 404 before anything renders. */
    public void find() {
        if (id < 0) {
            throw new NotFoundException();
        }
        if (id > 0) {
            getAspiration();
        }
    }

    public boolean isChosen() {
        return id > 0;
    }

    public Aspiration getAspiration() {
        if (aspiration == null) {
            aspiration = aspirations.officeView(id);
        }
        return aspiration;
    }

    public List<MediaRef> getPhotos() {
        return aspirations.officePhotos(id);
    }

    public List<StateChange> getHistory() {
        getAspiration();
        return stateChanges.historyOf(AspirationState.FLOW.subject(), id);
    }

    public boolean isMayPublish() {
        return aspirations.mayModerate() && getAspiration().getState() == AspirationState.SUBMITTED;
    }

    public boolean isMayReject() {
        Aspiration a = getAspiration();
        return aspirations.mayModerate() && AspirationState.FLOW.allows(a.getState(), AspirationState.REJECTED);
    }

    public boolean isMayRestore() {
        return aspirations.mayModerate() && getAspiration().isHidden();
    }

    public List<String> getAnswers() {
        if (!aspirations.mayAnswer()) {
            return List.of();
        }
        AspirationState now = getAspiration().getState();
        return AspirationState.FLOW.next(now).stream()
                .filter(AspirationState.ANSWERS::contains)
                .map(Enum::name)
                .toList();
    }

    public String publish() {
        aspirations.publish(id);
        return done("participation.aspiration.done.published");
    }

    public String reject() {
        aspirations.reject(id, note);
        return done("participation.aspiration.done.rejected");
    }

    public String restore() {
        aspirations.restore(id);
        return done("participation.aspiration.done.restored");
    }

    public String answer() {
        aspirations.answer(id, AspirationState.parse(status).orElseThrow(NotFoundException::new), note);
        return done("participation.aspiration.done.answered");
    }

    private String done(String key) {
        FacesMessages.info(key);
        FacesMessages.keepForNextRequest();
        return ParticipationRoutes.OFFICE_ASPIRATION + "?faces-redirect=true&id=" + id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
