package id.portaldesa.village.cache;

import id.portaldesa.shared.i18n.Language;
import id.portaldesa.shared.web.HttpValidators;
import id.portaldesa.village.ContentRevisions;
import id.portaldesa.village.CurrentVillage;
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
import java.util.Optional;

/**
 * Serves the busiest public pages (those features declare as {@link
 * id.portaldesa.shared.web.CacheableViews}: a village's home page, the platform's village directory)
 * to anonymous visitors from memory. Such a page is the same for everyone who reads it in one
 * language through one address, so it is rendered once, stored with its gzip form and an ETag, and
 * sent as bytes until the village changes (its content revision is part of the key; for the
 * directory, the directory's revision and every change heard of) or a minute has passed. Visitors
 * with a session, any query string and any answer but a cookie-free 200 always get a freshly
 * rendered page. The key is taken before the page renders, so what it shows is at least as new.
 *
 * <p>An answer that could have come from the store says which it was in {@value #CACHE_HEADER}:
 * {@code hit} (sent from memory) or {@code miss} (rendered now and stored). Only anonymous visitors of
 * public pages get it, and it tells them no more than the page itself: that a public page was read
 * recently. Tests and benchmarks read it; answers that are never stored carry no such header.
 */
public class AnonymousPageFilter extends HttpFilter {

    public static final String CACHE_HEADER = "X-Portal-Cache";

    @Inject
    AnonymousPages pages;

    @Inject
    ContentRevisions revisions;

    @Inject
    CurrentVillage village;

    @Inject
    VillageDirectory directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<AnonymousPages.Key> key = keyFor(request);
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CachedPage> stored = pages.get(key.get());
        if (stored.isPresent()) {
            response.setHeader(CACHE_HEADER, "hit");
            send(stored.get(), request, response);
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        byte[] body = captured.body();
        if (captured.isShareable() && request.getSession(false) == null) {
            CachedPage page = CachedPage.of(response.getContentType(), body);
            pages.put(key.get(), page);
            response.setHeader(CACHE_HEADER, "miss");
            send(page, request, response);
        } else if (captured.hasBody() && !response.isCommitted()) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private Optional<AnonymousPages.Key> keyFor(HttpServletRequest request) {
        String view = request.getServletPath();
        boolean anonymous = request.getSession(false) == null && request.getUserPrincipal() == null;
        // On a forward the visitor's own query string is kept in an attribute.
        boolean query = request.getQueryString() != null
                || request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) != null;
        if (!"GET".equals(request.getMethod()) || query || !anonymous || !pages.isCacheable(view)) {
            return Optional.empty();
        }
        Language language = Language.of(request.getCookies());
        Optional<VillageRef> ref = village.get();
        return Optional.of(
                ref.isPresent()
                        ? new AnonymousPages.Key(
                                ref.get(),
                                village.getPathPrefix(),
                                language,
                                view,
                                revisions.of(ref.get().id()),
                                0)
                        : new AnonymousPages.Key(
                                null, "", language, view, directory.revision(), revisions.changesHeard()));
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
