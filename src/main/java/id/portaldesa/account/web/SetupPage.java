package id.portaldesa.account.web;

import id.portaldesa.account.PlatformAdminSetup;
import id.portaldesa.account.validation.AccountPassword;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The one-time page, reached from the link in the server log, that creates the first platform admin. */
@Named
@ViewScoped
public class SetupPage implements Serializable {

    @Inject
    PlatformAdminSetup setup;

    private String token;

    @NotBlank
    @Email
    private String email;

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotBlank
    @AccountPassword
    private String password;

    private boolean done;

    public void create() {
        try {
            setup.createFirstAdmin(token, email, name, password);
            done = true;
            FacesMessages.info("account.setup.done");
        } finally {
            // A refusal is shown by PortalExceptionHandlerFactory; the password is not kept in the view.
            password = null;
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
