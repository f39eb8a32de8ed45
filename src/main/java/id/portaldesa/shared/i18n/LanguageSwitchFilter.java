package id.portaldesa.shared.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * {@code GET any-page?lang=en} remembers the language in a cookie and redirects to the same page
 * without the parameter: a plain link, so switching works without JavaScript.
 */
public class LanguageSwitchFilter extends HttpFilter {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String wanted = request.getParameter(Language.PARAMETER);
        if (wanted == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Language language = Language.fromTag(wanted).orElse(Language.ID);
        Cookie cookie = new Cookie(Language.COOKIE, language.tag());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        // A leading "//" would make the redirect leave the site.
        String path = request.getRequestURI().replaceFirst("^/+", "/");
        response.sendRedirect(path + remainingQuery(request.getQueryString()));
    }

    static String remainingQuery(String query) {
        if (query == null) {
            return "";
        }
        String rest = Arrays.stream(query.split("&"))
                .filter(p -> !p.startsWith(Language.PARAMETER + "=") && !p.equals(Language.PARAMETER))
                .collect(Collectors.joining("&"));
        return rest.isEmpty() ? "" : "?" + rest;
    }
}
