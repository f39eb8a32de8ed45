package id.portaldesa.account.web;

import id.portaldesa.account.PersonalDataService;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/** Deletes the person's own account after their password and an explicit "I understand". */
@Named
@RequestScoped
public class DeleteAccountPage {

    @Inject
    PersonalDataService personalData;

    @Inject
    SelfService self;

    @Inject
    CurrentUser user;

    @NotBlank
    private String current;

    @AssertTrue(message = "{account.delete.understand.required}")
    private boolean understood;

    private boolean deleted;

    public void delete() throws ServletException {
        try {
            personalData.deleteAccount(self.accountId(), current);
        } catch (BusinessException e) {
            FacesMessages.errorOn("delete:current", e.getMessageKey(), e.getArguments());
            return;
        } finally {
            current = null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        user.refresh();
        deleted = true;
        FacesMessages.info("account.delete.done");
    }

    public boolean isDeleted() {
        return deleted;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public boolean isUnderstood() {
        return understood;
    }

    public void setUnderstood(boolean understood) {
        this.understood = understood;
    }
}
