package id.portaldesa.account.web;

import id.portaldesa.account.PasswordResetService;
import id.portaldesa.account.validation.AccountPassword;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;

/**
 * Opens a reset link: shows the form while the link can be used (opening it uses nothing, so mail
 * scanners do no harm), and sets the new password once.
 */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {

    @Inject
    PasswordResetService resets;

    private String token;
    private String problemKey;

    @NotBlank
    @AccountPassword
    private String password;

    @NotBlank
    private String repeat;

    private boolean done;

    public void check() {
        problemKey = resets.problemWith(token);
    }

    public void reset() {
        try {
            if (!password.equals(repeat)) {
                FacesMessages.errorOn("reset:repeat", "account.password.mismatch");
                return;
            }
            resets.reset(token, password);
            done = true;
            problemKey = null;
            FacesMessages.info("account.reset.done");
        } finally {
            // A refusal is shown by PortalExceptionHandlerFactory; the passwords are not kept in the view.
            password = null;
            repeat = null;
        }
    }

    public boolean isUsable() {
        return problemKey == null && !done;
    }

    public boolean isDone() {
        return done;
    }

    public String getProblemKey() {
        return problemKey;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
