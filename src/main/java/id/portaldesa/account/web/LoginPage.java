package id.portaldesa.account.web;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.account.security.LoginAttempt;
import id.portaldesa.account.security.PageAccess;
import id.portaldesa.account.validation.AccountPassword;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;

/** Logs a person in through the portal's authentication mechanism, and out again. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    LoginAttempt attempt;

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage village;

    @Inject
    PageAccess pages;

    // Capped like every stored address and chosen password: an over-long one gets a message, not a 500.
    @NotBlank
    @Size(max = 190)
    private String email;

    @NotBlank
    @Size(max = AccountPassword.MAX_LENGTH)
    private String password;

    public String login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            // A new session id at login: a session id planted before login is worth nothing after it.
            request.changeSessionId();
            user.startSession();
            return landing();
        }
        switch (attempt.getFailure()) {
            case LOCKED ->
                FacesMessages.error(
                        "account.login.locked",
                        Math.max(1, attempt.getLockedFor().toMinutes() + 1));
            case RATE_LIMITED -> FacesMessages.error(attempt.getRateLimit());
            case NOT_CONFIRMED -> FacesMessages.error("account.login.notConfirmed");
            case UNAVAILABLE -> FacesMessages.error("account.login.unavailable");
            default -> FacesMessages.error("account.login.invalid");
        }
        return null;
    }

    /** Where a person lands after login, by what they may do here. */
    private String landing() {
        List<String> candidates = village.isPresent()
                ? List.of("/office/index.xhtml", "/resident/account/home.xhtml", "/public/site/home.xhtml")
                : List.of("/platform/village/villages.xhtml", "/public/village/directory.xhtml");
        return candidates.stream().filter(pages::opens).findFirst().orElseThrow() + "?faces-redirect=true";
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + village.getPathPrefix() + "/");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
