package id.portaldesa.account.web;

import id.portaldesa.account.StaffService;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The invited person sets a name and password (or proves an existing account) and joins the staff. */
@Named
@ViewScoped
public class AcceptInvitationPage implements Serializable {

    @Inject
    StaffService staff;

    private String token;

    @Size(max = 120)
    private String name;

    @NotBlank
    private String password;

    private Boolean existingAccount;
    private boolean accepted;

    public boolean isExistingAccount() {
        if (existingAccount == null) {
            existingAccount = token != null && staff.invitationForExistingAccount(token);
        }
        return existingAccount;
    }

    public void accept() {
        try {
            staff.accept(token, name, password);
            accepted = true;
            FacesMessages.info("account.invite.accepted");
        } finally {
            // A refusal is shown by PortalExceptionHandlerFactory; the password is not kept in the view.
            password = null;
        }
    }

    public boolean isAccepted() {
        return accepted;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
