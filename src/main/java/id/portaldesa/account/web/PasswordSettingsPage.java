package id.portaldesa.account.web;

import id.portaldesa.account.AccountSettingsService;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.account.validation.AccountPassword;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;

/** A new password after the current one; other sessions of the account end, this one stays. */
@Named
@RequestScoped
public class PasswordSettingsPage {

    @Inject
    AccountSettingsService settings;

    @Inject
    SelfService self;

    @Inject
    CurrentUser user;

    @NotBlank
    private String current;

    @NotBlank
    @AccountPassword
    private String password;

    @NotBlank
    private String repeat;

    public void change() {
        try {
            if (!password.equals(repeat)) {
                FacesMessages.errorOn("password:repeat", "account.password.mismatch");
                return;
            }
            settings.changePassword(self.accountId(), current, password);
            ((HttpServletRequest) FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequest())
                    .changeSessionId();
            user.startSession();
            FacesMessages.info("account.password.changed");
        } catch (BusinessException e) {
            FacesMessages.errorOn("password:current", e.getMessageKey());
        } finally {
            current = null;
            password = null;
            repeat = null;
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
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
