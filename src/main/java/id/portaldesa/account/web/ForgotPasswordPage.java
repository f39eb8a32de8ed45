package id.portaldesa.account.web;

import id.portaldesa.account.PasswordResetService;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks for a reset link; the page says the same thing for every address. */
@Named
@RequestScoped
public class ForgotPasswordPage {

    @Inject
    PasswordResetService resets;

    @Inject
    CurrentVillage village;

    @Inject
    CurrentLanguage language;

    @NotBlank
    @Email
    @Size(max = 190)
    private String email;

    private boolean sent;

    public void send() {
        resets.requestReset(email, village.get().orElse(null), language.getLocale());
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
