package id.portaldesa.account.security;

import id.portaldesa.shared.web.Audience;
import id.portaldesa.village.CurrentVillage;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Role and village checks for the protected audiences, on the path the request was forwarded to:
 * {@code /office} needs staff of this village ({@code /office/account} and {@code /office/site} an
 * admin), {@code /resident} a resident of this village, {@code /platform} a platform admin. Visitors
 * are sent to log in; logged-in people without the right see "not found", as if the page did not
 * exist for them.
 */
public class AccessFilter extends HttpFilter {

    static final String LOGIN_VIEW = "/public/account/login.xhtml";

    /** Office folders for the village admin only: staff accounts and the site's profile. */
    static final List<String> ADMIN_ONLY = List.of("/office/account/", "/office/site/");

    /** The platform folder regency admins and viewers may open (the routes will say this per page). */
    static final String REGIONAL_CONSOLE = "/platform/village/";

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage village;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Audience> audience = Audience.of(path).filter(Audience::needsLogin);
        if (audience.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (!user.isLoggedIn()) {
            response.sendRedirect(request.getContextPath() + village.getPathPrefix() + LOGIN_VIEW);
            return;
        }
        if (!allowed(audience.get(), path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }

    private boolean allowed(Audience audience, String path) {
        boolean rightPlace = village.isPresent() ? audience.isOnVillage() : audience.isOnPlatform();
        if (!rightPlace) {
            return false;
        }
        return switch (audience) {
            // Regency admins and viewers work in the village console only (not the mail outbox).
            case PLATFORM -> user.isPlatformAdmin() || (path.startsWith(REGIONAL_CONSOLE) && user.isRegional());
            case OFFICE -> ADMIN_ONLY.stream().anyMatch(path::startsWith) ? user.isVillageAdmin() : user.isStaff();
            case RESIDENT -> user.isResident();
            case PUBLIC -> true;
        };
    }
}
