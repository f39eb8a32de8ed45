package id.portaldesa.account.web;

import id.portaldesa.account.AccountSettingsService;
import id.portaldesa.shared.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Opens the link sent to a new address: the account takes it. Works without being logged in. */
@Named
@RequestScoped
public class ConfirmEmailPage {

    @Inject
    AccountSettingsService settings;

    private String token;
    private String outcomeKey;

    public void confirm() {
        try {
            settings.confirmEmailChange(token);
            outcomeKey = "account.emailChange.done";
        } catch (BusinessException e) {
            outcomeKey = e.getMessageKey();
        }
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
