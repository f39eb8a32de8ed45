package id.portaldesa.account.web;

import id.portaldesa.account.RegistrationService;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.ratelimit.Limit;
import id.portaldesa.shared.ratelimit.RateLimiter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A confirmation link: opening it (GET) only checks it and shows a button; pressing the button (POST)
 * activates the account. Mail scanners and link previews open links, they do not press buttons.
 * Presses are rate-limited per visitor address, so the button is no way to try tokens.
 */
@Named
@ViewScoped
public class ConfirmPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registrations;

    @Inject
    RateLimiter rateLimiter;

    private String token;
    private String outcomeKey;
    private boolean done;

    /** On opening the link: whether the button can work, changing nothing. */
    public void check() {
        outcomeKey = registrations.problemWith(token);
    }

    public void confirm() {
        rateLimiter.attemptByVisitor(Limit.CONFIRMATION);
        try {
            registrations.confirm(token);
            outcomeKey = "account.confirm.done";
        } catch (BusinessException e) {
            outcomeKey = e.getMessageKey();
        }
        done = true;
    }

    /** The button is shown while the link can be used and has not been pressed. */
    public boolean isUsable() {
        return outcomeKey == null && !done;
    }

    /** Confirmed now or by an earlier press: either way the person may log in. */
    public boolean isConfirmed() {
        return "account.confirm.done".equals(outcomeKey) || "account.confirm.again".equals(outcomeKey);
    }

    public String getOutcomeKey() {
        return outcomeKey;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
