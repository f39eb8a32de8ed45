package id.portaldesa.village;

import id.portaldesa.shared.config.PortalConfig;
import id.portaldesa.shared.security.SecurityHeaders;
import id.portaldesa.shared.web.Audience;
import id.portaldesa.shared.web.RestApplication;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.Routes;
import id.portaldesa.village.cache.AnonymousPages;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Runs first on every request: resolves the village (design §2) and hands the request to the page
 * whose clean address it names ({@link Routes}). Village pages are reached at {@code /slug/...} or on
 * the village's own domain; nothing but routed pages is reachable through a village. Old {@code
 * .xhtml} addresses (links in mails already sent) answer 301 to the clean ones; posts to them still
 * reach their page, so a form opened before an upgrade is not lost.
 */
public class TenantFilter extends HttpFilter {

    public static final String VILLAGE_HOME_VIEW = "/public/site/home.xhtml";
    public static final String DIRECTORY_VIEW = "/public/village/directory.xhtml";
    /** The clean address a routed request asked for, e.g. {@code /berita/panen-raya}. */
    public static final String ADDRESS_ATTRIBUTE = TenantFilter.class.getName() + ".address";

    static final String SUSPENDED_VIEW = "/WEB-INF/errors/suspended.xhtml";

    /** The API addresses the platform host answers: the verification of issued letters only. */
    static final String PLATFORM_API = RestApplication.PATH + "/v1/verifikasi/";
    /** The regency's figures (platform.metrics.rest): a region, not a village, is their scope. */
    static final String REGENCY_API = RestApplication.PATH + "/v1/wilayah/";
    /** Open311 GeoReport v2 inside a village (issue 9). */
    static final String OPEN311 = "/open311/";

    @Inject
    VillageDirectory directory;

    @Inject
    PortalConfig config;

    @Inject
    Routes routes;

    @Inject
    AnonymousPages storedPages;

    private TenantResolver resolver;

    @Override
    public void init() {
        Optional<String> platformHost = config.acceptsAnyPlatformHost()
                ? Optional.empty()
                : Optional.ofNullable(config.baseUrl().getHost());
        resolver = new TenantResolver(directory, platformHost);
        checkPlatformAddressesAreReserved(routes.all());
    }

    /**
     * A platform address whose first segment could be a village slug would make that village
     * unreachable by path (or the page unreachable): refuse to start instead.
     */
    static void checkPlatformAddressesAreReserved(Iterable<Route> all) {
        for (Route route : all) {
            String first =
                    route.address().length() > 1 ? route.address().substring(1).split("/")[0] : "";
            if (route.site().platform() && !first.isEmpty() && !Slug.RESERVED.contains(first)) {
                throw new IllegalStateException("Platform address " + route.address()
                        + " must start with a word of Slug.RESERVED, or it would clash with a village slug");
            }
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isRequestedSessionIdFromURL()) {
            refuseSessionInAddress(response);
            return;
        }
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
        request.setAttribute(CurrentVillage.ATTRIBUTE, v.village());
        request.setAttribute(CurrentVillage.PREFIX_ATTRIBUTE, v.prefix());
        if (inner.endsWith(".xhtml")) {
            serveOldAddress(inner, true, v.prefix(), request, response, null);
            return;
        }
        if (RestApplication.isApiAddress(inner)) {
            // The village's JSON API: the village is set, the JAX-RS servlet answers.
            SecurityHeaders.apply(response, false);
            request.getRequestDispatcher(inner).forward(request, response);
            return;
        }
        if (inner.startsWith(OPEN311)) {
            // Open311 GeoReport v2 keeps the address its clients expect (participation.rest): the
            // same JAX-RS application answers it under /api.
            SecurityHeaders.apply(response, false);
            request.getRequestDispatcher(RestApplication.PATH + inner).forward(request, response);
            return;
        }
        Optional<Routes.Match> match = routes.resolve(inner, true);
        if (match.isPresent()) {
            forward(match.get(), inner, Optional.of(v.village()), v.prefix(), request, response);
        } else if (isPageView(inner) && Audience.of(inner).get().isOnVillage()) {
            // A servlet of a feature inside an audience folder, e.g. the logo image.
            SecurityHeaders.apply(response, false);
            request.getRequestDispatcher(inner).forward(request, response);
        } else {
            notFound(response);
        }
    }

    private void servePlatform(String path, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (path.endsWith(".xhtml") && Audience.of(path).isPresent()) {
            serveOldAddress(path, false, "", request, response, chain);
            return;
        }
        if (RestApplication.isApiAddress(path)) {
            if (path.startsWith(PLATFORM_API) || path.startsWith(REGENCY_API)) {
                // The one platform-level API: a letter's verification, printed as a QR code, belongs
                // to no village address (letters.issue.rest.VerificationResource).
                SecurityHeaders.apply(response, false);
                request.getRequestDispatcher(path).forward(request, response);
                return;
            }
            // Every other API belongs to a village; the platform host has none.
            notFound(response);
            return;
        }
        Optional<Routes.Match> match = routes.resolve(path, false);
        if (match.isPresent()) {
            forward(match.get(), path, Optional.empty(), "", request, response);
        } else {
            SecurityHeaders.apply(response, false);
            chain.doFilter(request, response);
        }
    }

    /**
     * An address of the old form, {@code /public/account/login.xhtml}: a page read answers 301 to its
     * clean address; a form post (from a page opened before) still reaches the page.
     */
    private void serveOldAddress(
            String viewId,
            boolean inVillage,
            String prefix,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain)
            throws IOException, ServletException {
        Optional<Route> route = isPageView(viewId)
                ? routes.ofView(viewId)
                        .filter(r -> inVillage ? r.site().village() : r.site().platform())
                : Optional.empty();
        if (route.isEmpty() || route.get().parameter().isPresent()) {
            notFound(response);
            return;
        }
        SecurityHeaders.apply(request, response, isBackOffice(viewId));
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            redirect(request.getContextPath() + prefix + route.get().address(), request, response);
        } else if (chain != null) {
            chain.doFilter(request, response);
        } else {
            request.getRequestDispatcher(viewId).forward(request, response);
        }
    }

    private void forward(
            Routes.Match match,
            String address,
            Optional<VillageRef> village,
            String prefix,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException, ServletException {
        Route route = match.route();
        request.setAttribute(ADDRESS_ATTRIBUTE, address);
        SecurityHeaders.apply(request, response, isBackOffice(route.viewId()));
        // The busiest pages, kept rendered for anonymous visitors, go out before any forward: a
        // forward and the request-scoped beans behind the access check cost more than the page.
        Optional<AnonymousPages.Key> stored = storedPages.keyFor(request, village, prefix, route.viewId(), address);
        if (stored.isPresent()) {
            if (storedPages.sendStored(stored.get(), request, response)) {
                return;
            }
            // Not stored yet: the page filter renders it under this key and stores it.
            AnonymousPages.toStore(request, stored.get());
        }
        request.getRequestDispatcher(route.viewId() + query(match.parameters())).forward(request, response);
    }

    private static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? '?' : '&')
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static void redirect(String location, HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", query == null ? location : location + "?" + query);
    }

    /**
     * A session id in the address ({@code /akun;jsessionid=…}): the container strips it from the path
     * before the portal sees it, and would still attach that session to the request, so whoever got
     * hold of such a link would be logged in as its owner. Sessions travel only in cookies; such a
     * request is answered "not found" here, before anything reads the session, and without the
     * error page (which would render for the session's owner).
     */
    private static void refuseSessionInAddress(HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(response, false);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("404");
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(response, false);
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static boolean isBackOffice(String path) {
        return Audience.of(path).filter(Audience::isBackOffice).isPresent();
    }

    /** A page of an audience folder, and no path tricks that could reach anything else. */
    static boolean isPageView(String path) {
        boolean suspicious = path.contains("..")
                || path.contains("//")
                || path.contains(";")
                || path.contains("\\")
                || path.contains("%");
        return Audience.of(path).isPresent() && !suspicious;
    }
}
