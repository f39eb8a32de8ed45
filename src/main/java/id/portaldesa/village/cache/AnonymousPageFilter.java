package id.portaldesa.village.cache;

import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.TenantFilter;
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
 * Stores the busiest public pages (those features declare as {@link
 * id.portaldesa.shared.web.CacheableViews}: a village's home page, the platform's village directory)
 * for anonymous visitors, on their way out of Faces. Sending a stored page happens earlier, before the
 * request is forwarded to its page at all ({@link AnonymousPages#sendStored}); this filter still sends
 * one it finds, for a page reached by a forward of its own. Visitors with a session, any query string
 * and any answer but a cookie-free 200 always get a freshly rendered page. The key is taken before
 * the page renders, so what it shows is at least as new.
 */
public class AnonymousPageFilter extends HttpFilter {

    @Inject
    AnonymousPages pages;

    @Inject
    CurrentVillage village;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // On a forward the visitor's own query string is kept in an attribute.
        boolean query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) != null;
        Optional<AnonymousPages.Key> key = query
                ? Optional.empty()
                : pages.keyFor(
                        request,
                        village.get(),
                        village.getPathPrefix(),
                        request.getServletPath(),
                        String.valueOf(request.getAttribute(TenantFilter.ADDRESS_ATTRIBUTE)));
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (pages.sendStored(key.get(), request, response)) {
            return;
        }
        Optional<Runnable> rendering = pages.claimRendering(key.get());
        if (rendering.isEmpty() && pages.sendStored(key.get(), request, response)) {
            return;
        }
        try {
            render(key.get(), request, response, chain);
        } finally {
            rendering.ifPresent(Runnable::run);
        }
    }

    private void render(
            AnonymousPages.Key key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        byte[] body = captured.body();
        if (captured.isShareable() && request.getSession(false) == null) {
            pages.storeAndSend(key, CachedPage.of(response.getContentType(), body), request, response);
        } else if (captured.hasBody() && !response.isCommitted()) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
