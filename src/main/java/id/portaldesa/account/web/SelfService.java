package id.portaldesa.account.web;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.account.security.PageAccess;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The account settings pages live in the public folder, because they are for every logged-in person
 * (resident, staff, platform admin) on a village site and on the platform alike; their routes say
 * {@code Access.LOGGED_IN}, which the access filter enforces. Each page checks here once more, so it
 * never renders for a visitor even if its route were changed, and each action asks for the caller's
 * own account id.
 */
@Named("selfService")
@RequestScoped
public class SelfService {

    static final String LOGIN_VIEW = "/public/account/login.xhtml";

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage village;

    @Inject
    PageAccess pages;

    /** View action: visitors go to the login page; the page is never stored by a browser or proxy. */
    public void requireLogin() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.setResponseHeader("Cache-Control", "no-store");
        if (!user.isLoggedIn()) {
            external.redirect(external.getRequestContextPath() + village.getPathPrefix() + pages.addressOf(LOGIN_VIEW));
            faces.responseComplete();
        }
    }

    /** The caller's account id; a form posted without a (still valid) login finds nothing. */
    public long accountId() {
        return user.accountId().orElseThrow(NotFoundException::new);
    }
}
