package id.portaldesa.account.web;

import id.portaldesa.account.AccountSettingsService;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks for a new address; it takes effect when the link sent to it is opened. */
@Named
@RequestScoped
public class EmailSettingsPage {

    @Inject
    AccountSettingsService settings;

    @Inject
    SelfService self;

    @Inject
    CurrentVillage village;

    @Inject
    CurrentLanguage language;

    @NotBlank
    private String current;

    @NotBlank
    @Email
    @Size(max = 190)
    private String email;

    private boolean sent;

    public void request() {
        try {
            settings.requestEmailChange(
                    self.accountId(), current, email, village.get().orElse(null), language.getLocale());
            sent = true;
            FacesMessages.info("account.emailChange.sent", email);
        } catch (BusinessException e) {
            FacesMessages.errorOn(
                    e.getMessageKey().equals("account.password.wrong") ? "email:current" : "email:email",
                    e.getMessageKey());
        } finally {
            current = null;
        }
    }

    public boolean isSent() {
        return sent;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
