package id.portaldesa.account.web;

import id.portaldesa.account.RegistrationService;
import id.portaldesa.account.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A resident's own account page in their village. */
@Named
@RequestScoped
public class MyAccountPage {

    @Inject
    CurrentUser user;

    @Inject
    RegistrationService registrations;

    private RegistrationService.ResidentIdentity identity;

    public RegistrationService.ResidentIdentity getIdentity() {
        if (identity == null) {
            identity = user.accountId().map(registrations::identityOf).orElse(null);
        }
        return identity;
    }
}
