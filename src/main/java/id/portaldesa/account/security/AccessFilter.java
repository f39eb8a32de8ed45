package id.portaldesa.account.security;

import id.portaldesa.village.CurrentVillage;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Opens a page only as its route allows ({@link PageAccess}): visitors are sent to log in,
 * logged-in people without the permission see "not found", as if the page did not exist for them.
 * A login whose account was disabled since ends here, on its next request.
 */
public class AccessFilter extends HttpFilter {

    static final String LOGIN_VIEW = "/public/account/login.xhtml";

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage village;

    @Inject
    PageAccess pages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // A login lives in the session: a visitor without one (every cached public page) costs no
        // look-up of who they are.
        if (request.getSession(false) != null && user.isStaleLogin()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            user.refresh();
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.endsWith(".xhtml")) {
            // A clean address (/platform/desa): decided once TenantFilter has forwarded it to its page.
            chain.doFilter(request, response);
            return;
        }
        switch (pages.decide(path)) {
            case LOG_IN_FIRST ->
                response.sendRedirect(request.getContextPath() + village.getPathPrefix() + pages.addressOf(LOGIN_VIEW));
            case NOT_FOUND -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            case OPEN -> {
                if (user.isLoggedIn()) {
                    response.setHeader("Cache-Control", "no-store");
                }
                chain.doFilter(request, response);
            }
        }
    }
}
