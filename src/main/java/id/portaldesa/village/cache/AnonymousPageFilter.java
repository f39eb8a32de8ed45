package id.portaldesa.village.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
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
 * request is forwarded to its page at all ({@link AnonymousPages#sendStored}); the tenant filter then
 * hands the key of a page not yet stored to this filter ({@link AnonymousPages#toStore}), which
 * renders it once for everyone waiting and stores it. Visitors with a session, a query string the
 * page did not name as its own address ({@link id.portaldesa.shared.web.CacheableViews#storableAt})
 * and any answer but a cookie-free 200 always get a freshly rendered page. The key is taken before the
 * page renders, so what it shows is at least as new.
 */
public class AnonymousPageFilter extends HttpFilter {

    @Inject
    AnonymousPages pages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<AnonymousPages.Key> key = AnonymousPages.takeKeyToStore(request);
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (pages.sendStored(key.get(), request, response)) {
            return;
        }
        // Whether a page with a query string is stored is known only once it renders (a search never
        // is): its visitors do not wait for one another.
        Optional<Runnable> rendering =
                key.get().query() != null ? Optional.of(() -> {}) : pages.claimRendering(key.get());
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
        if (captured.isShareable() && request.getSession(false) == null && key.mayStore(request)) {
            pages.storeAndSend(key, CachedPage.of(response.getContentType(), body), request, response);
        } else if (captured.hasBody() && !response.isCommitted()) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
