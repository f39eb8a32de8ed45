package id.portaldesa.village.cache;

import id.portaldesa.shared.i18n.Language;
import id.portaldesa.shared.web.HttpValidators;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.TenantFilter;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Serves the busiest public pages (a village's home page, the platform's village directory) to
 * anonymous visitors from memory. Such a page is the same for everyone who reads it in one language
 * through one address, so it is rendered once, stored with its gzip form and an ETag, and sent as
 * bytes until the village changes (its snapshot, or the directory's revision, is part of the key) or
 * a minute has passed. Visitors with a session, any query string and any answer but a
 * cookie-free 200 always get a freshly rendered page.
 */
public class AnonymousPageFilter extends HttpFilter {

    /** Pages whose anonymous rendering depends only on the village and the language. */
    static final Set<String> CACHEABLE_VIEWS = Set.of(TenantFilter.VILLAGE_HOME_VIEW, TenantFilter.DIRECTORY_VIEW);

    static final int CAPACITY = 4096;
    static final Duration MAX_AGE = Duration.ofSeconds(60);

    /**
     * A village page is keyed by the village snapshot it shows; a platform page (no village) by the
     * revision of the whole directory, which changes with any village.
     */
    private record Key(VillageRef village, String pathPrefix, Language language, String view, long revision) {}

    private final PageCache<Key> cache = new PageCache<>(CAPACITY, MAX_AGE, Clock.systemUTC());

    @Inject
    CurrentVillage village;

    @Inject
    VillageDirectory directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Key> key = keyFor(request);
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CachedPage> stored = cache.get(key.get());
        if (stored.isPresent()) {
            send(stored.get(), request, response);
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        byte[] body = captured.body();
        if (captured.isShareable() && request.getSession(false) == null) {
            CachedPage page = CachedPage.of(response.getContentType(), body);
            cache.put(key.get(), page);
            send(page, request, response);
        } else if (captured.hasBody() && !response.isCommitted()) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private Optional<Key> keyFor(HttpServletRequest request) {
        String view = request.getServletPath();
        boolean anonymous = request.getSession(false) == null && request.getUserPrincipal() == null;
        // On a forward the visitor's own query string is kept in an attribute.
        boolean query = request.getQueryString() != null
                || request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) != null;
        if (!"GET".equals(request.getMethod()) || query || !anonymous || !CACHEABLE_VIEWS.contains(view)) {
            return Optional.empty();
        }
        Language language = Language.of(request.getCookies());
        Optional<VillageRef> ref = village.get();
        return Optional.of(
                ref.isPresent()
                        ? new Key(ref.get(), village.getPathPrefix(), language, view, 0)
                        : new Key(null, "", language, view, directory.revision()));
    }

    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean gzip = HttpValidators.acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = gzip ? page.gzipEtag() : page.etag();
        // Browsers keep the page and ask again each time; proxies must not share it, as it varies by cookie.
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("ETag", etag);
        if (HttpValidators.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] bytes = gzip ? page.gzipped() : page.body();
        response.setContentType(page.contentType());
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
