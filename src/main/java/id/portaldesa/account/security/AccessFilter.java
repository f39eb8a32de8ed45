package id.portaldesa.account.security;

import id.portaldesa.village.CurrentVillage;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Role and village checks for the protected audiences, on the path the request was forwarded to:
 * {@code /office} needs staff of this village ({@code /office/account} and {@code /office/site} an
 * admin), {@code /resident} a resident of this village, {@code /platform} a platform admin. Visitors
 * are sent to log in; logged-in people without the right see "not found", as if the page did not
 * exist for them.
 */
public class AccessFilter extends HttpFilter {

    static final String LOGIN_VIEW = "/public/account/login.xhtml";

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage village;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!needsLogin(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (!user.isLoggedIn()) {
            response.sendRedirect(request.getContextPath() + village.getPathPrefix() + LOGIN_VIEW);
            return;
        }
        if (!allowed(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }

    static boolean needsLogin(String path) {
        return path.startsWith("/office/") || path.startsWith("/resident/") || path.startsWith("/platform/");
    }

    private boolean allowed(String path) {
        if (path.startsWith("/platform/")) {
            return !village.isPresent() && user.isPlatformAdmin();
        }
        if (!village.isPresent()) {
            return false;
        }
        if (path.startsWith("/office/account/") || path.startsWith("/office/site/")) {
            return user.isVillageAdmin();
        }
        if (path.startsWith("/office/")) {
            return user.isStaff();
        }
        return user.isResident();
    }
}
