package id.portaldesa.account.web;

import id.portaldesa.account.AccountSettingsService;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.ratelimit.Limit;
import id.portaldesa.shared.ratelimit.RateLimiter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The link sent to a new address: opening it only checks it; the button (POST) makes the account take
 * the address, so a mail scanner opening the link changes nothing. Works without being logged in;
 * presses are rate-limited per visitor address.
 */
@Named
@ViewScoped
public class ConfirmEmailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountSettingsService settings;

    @Inject
    RateLimiter rateLimiter;

    private String token;
    private String outcomeKey;
    private boolean done;

    public void check() {
        outcomeKey = settings.problemWithEmailChange(token);
    }

    public void confirm() {
        rateLimiter.attemptByVisitor(Limit.CONFIRMATION);
        try {
            settings.confirmEmailChange(token);
            outcomeKey = "account.emailChange.done";
        } catch (BusinessException e) {
            outcomeKey = e.getMessageKey();
        }
        done = true;
    }

    public boolean isUsable() {
        return outcomeKey == null && !done;
    }

    public boolean isConfirmed() {
        return "account.emailChange.done".equals(outcomeKey);
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
