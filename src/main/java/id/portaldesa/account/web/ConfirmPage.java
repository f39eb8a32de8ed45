package id.portaldesa.account.web;

import id.portaldesa.account.RegistrationService;
import id.portaldesa.shared.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Opens a confirmation link: activates the account, or says why the link no longer works. */
@Named
@RequestScoped
public class ConfirmPage {

    @Inject
    RegistrationService registrations;

    private String token;
    private String outcomeKey;

    /** GET only: the page has no form, so the link cannot be replayed by a button. */
    public void confirm() {
        try {
            registrations.confirm(token);
            outcomeKey = "account.confirm.done";
        } catch (BusinessException e) {
            outcomeKey = e.getMessageKey();
        }
    }

    /** Confirmed now or by an earlier visit of the link: either way the person may log in. */
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
