package id.portaldesa.village;

import id.portaldesa.shared.config.PortalConfig;
import id.portaldesa.shared.security.SecurityHeaders;
import id.portaldesa.shared.web.Audience;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Runs first on every request: resolves the village (design §2) and hands the request to the page
 * that serves it. Village pages are reached at {@code /slug/...} or on the village's own domain and
 * forwarded to the audience folders {@code /public}, {@code /resident} and {@code /office}; nothing
 * else of the application is reachable through a village.
 */
public class TenantFilter extends HttpFilter {

    public static final String VILLAGE_HOME_VIEW = "/public/site/home.xhtml";
    public static final String DIRECTORY_VIEW = "/public/village/directory.xhtml";
    static final String SUSPENDED_VIEW = "/WEB-INF/errors/suspended.xhtml";

    @Inject
    VillageDirectory directory;

    @Inject
    PortalConfig config;

    private TenantResolver resolver;

    @Override
    public void init() {
        Optional<String> platformHost = config.acceptsAnyPlatformHost()
                ? Optional.empty()
                : Optional.ofNullable(config.baseUrl().getHost());
        resolver = new TenantResolver(directory, platformHost);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        TenantResolver.Resolution resolution = resolver.resolve(request.getScheme(), request.getServerName(), path);
        if (resolution instanceof TenantResolver.ForVillage v) {
            serveVillage(v, request, response);
        } else if (resolution instanceof TenantResolver.ForPlatform p) {
            servePlatform(p.path(), request, response, chain);
        } else if (resolution instanceof TenantResolver.Redirect r) {
            redirect(r.location(), request, response);
        } else if (resolution instanceof TenantResolver.Suspended s) {
            request.setAttribute(CurrentVillage.ATTRIBUTE, s.village());
            SecurityHeaders.apply(response, false);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            request.getRequestDispatcher(SUSPENDED_VIEW).forward(request, response);
        } else {
            notFound(response);
        }
    }

    private void serveVillage(TenantResolver.ForVillage v, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String inner = v.innerPath();
        String target = "/".equals(inner) ? VILLAGE_HOME_VIEW : inner;
        if (!isVillageView(target)) {
            notFound(response);
            return;
        }
        request.setAttribute(CurrentVillage.ATTRIBUTE, v.village());
        request.setAttribute(CurrentVillage.PREFIX_ATTRIBUTE, v.prefix());
        SecurityHeaders.apply(response, isBackOffice(target));
        request.getRequestDispatcher(target).forward(request, response);
    }

    private void servePlatform(String path, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Audience.of(path).filter(a -> !a.isOnPlatform()).isPresent()) {
            notFound(response);
            return;
        }
        SecurityHeaders.apply(response, isBackOffice(path));
        if ("/".equals(path)) {
            request.getRequestDispatcher(DIRECTORY_VIEW).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void redirect(String location, HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", query == null ? location : location + "?" + query);
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(response, false);
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static boolean isBackOffice(String path) {
        return Audience.of(path).filter(Audience::isBackOffice).isPresent();
    }

    /** Only the village audiences' pages, and no path tricks that could reach anything else. */
    static boolean isVillageView(String path) {
        boolean audience = Audience.of(path).filter(Audience::isOnVillage).isPresent();
        boolean suspicious = path.contains("..")
                || path.contains("//")
                || path.contains(";")
                || path.contains("\\")
                || path.contains("%");
        return audience && !suspicious;
    }
}
