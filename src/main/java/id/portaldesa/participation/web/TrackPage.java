package id.portaldesa.participation.web;

import id.portaldesa.participation.ComplaintService;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /pengaduan/lacak/<token>}: the complaint's status for whoever holds the tracking link,
 * without logging in: state, history, the office's replies (never internal notes), and reopening
 * within 14 days of resolution. A wrong token is not found (and guessing is rate-limited).
 */
@Named("complaintTrackPage")
@RequestScoped
public class TrackPage {

    @Inject
    ComplaintService complaints;

    private String token;
    private String why;
    private ComplaintService.Tracked tracked;

    @PostConstruct
    void load() {
        token = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("token");
    }

    public void find() {
        getTracked();
    }

    public ComplaintService.Tracked getTracked() {
        if (tracked == null) {
            tracked = complaints.track(token);
        }
        return tracked;
    }

    public String reopen() {
        complaints.reopen(token, why);
        FacesMessages.info("participation.complaint.reopened");
        FacesMessages.keepForNextRequest();
        return ParticipationRoutes.TRACK + "?faces-redirect=true&token=" + token;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }
}
