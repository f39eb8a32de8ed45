package id.portaldesa.account.security;

import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Audience;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.Routes;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Whether the current person may open a page, from the page's declared {@link Access}. The access
 * filter and the back-office navigation both ask here, so a link is shown exactly when its page
 * opens. A page of a protected folder that declares no route is closed.
 */
@Named("pages")
@RequestScoped
public class PageAccess {

    /** What happens to a request for a page. */
    public enum Decision {
        OPEN,
        LOG_IN_FIRST,
        NOT_FOUND
    }

    @Inject
    Routes routes;

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage village;

    public Decision decide(String viewId) {
        Optional<Route> route = routes.ofView(viewId);
        if (route.isEmpty()) {
            return Audience.of(viewId).filter(Audience::needsLogin).isPresent() ? Decision.NOT_FOUND : Decision.OPEN;
        }
        boolean rightPlace = village.isPresent()
                ? route.get().site().village()
                : route.get().site().platform();
        if (!rightPlace) {
            return Decision.NOT_FOUND;
        }
        Access access = route.get().access();
        if (!access.loginRequired()) {
            return Decision.OPEN;
        }
        if (!user.isLoggedIn()) {
            return Decision.LOG_IN_FIRST;
        }
        return access.permission().map(user::can).orElse(true) ? Decision.OPEN : Decision.NOT_FOUND;
    }

    /** For navigation: {@code rendered="#{pages.opens('/office/account/staff.xhtml')}"}. */
    public boolean opens(String viewId) {
        return decide(viewId) == Decision.OPEN;
    }

    /** The clean address of a page, e.g. {@code /masuk} for the login page. */
    public String addressOf(String viewId) {
        return routes.ofView(viewId).map(Route::address).orElseThrow();
    }
}
