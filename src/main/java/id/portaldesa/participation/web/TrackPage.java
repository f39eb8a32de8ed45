package id.portaldesa.participation.web;

import id.portaldesa.participation.ComplaintService;
import id.portaldesa.shared.ratelimit.RateLimitExceededException;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

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

    private boolean limited;

    /** The view action: a wrong token is a 404; past the guessing limit a 429 with a short message. */
    public void find() {
        try {
            getTracked();
        } catch (RateLimitExceededException e) {
            limited = true;
            ((HttpServletResponse) FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getResponse())
                    .setStatus(429);
        }
    }

    public boolean isLimited() {
        return limited;
    }

    public ComplaintService.Tracked getTracked() {
        if (tracked == null && !limited) {
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

    public String getToken() {
        return token;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }
}
