package id.portaldesa.village.cache;

import id.portaldesa.shared.events.VillageContentChanged;
import id.portaldesa.shared.i18n.Language;
import id.portaldesa.shared.web.CacheableViews;
import id.portaldesa.shared.web.HttpValidators;
import id.portaldesa.village.ContentRevisions;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The rendered pages kept for anonymous visitors, and which pages may be kept: each feature declares
 * its own {@link CacheableViews}. A page is the same for everyone who reads it in one language through
 * one address, so it is rendered once, stored with its gzip form and an ETag, and sent as bytes until
 * the village changes or a minute has passed. A page's key holds the village's content revision (for
 * the directory, the directory's revision and every change heard of), so a change is visible at once
 * without anybody removing anything; entries of a changed village are still dropped after commit,
 * only to free their memory early.
 *
 * <p>An answer that could have come from the store says which it was in {@value #CACHE_HEADER}:
 * {@code hit} (sent from memory) or {@code miss} (rendered now and stored). Only anonymous visitors of
 * public pages get it, and it tells them no more than the page itself: that a public page was read
 * recently. Tests and benchmarks read it; answers that are never stored carry no such header.
 */
@ApplicationScoped
public class AnonymousPages {

    public static final String CACHE_HEADER = "X-Portal-Cache";

    private static final String KEY_ATTRIBUTE = AnonymousPages.class.getName() + ".key";

    static final int CAPACITY = 4096;
    static final Duration MAX_AGE = Duration.ofSeconds(60);
    /** How long a visitor waits for the page another request is rendering before rendering it too. */
    static final long WAIT_FOR_RENDERING_MS = 3_000;

    /**
     * A village page is keyed by the village's identity snapshot and content revision; a platform
     * page (no village) by the directory's revision and the count of content changes this node has
     * heard of, as it shows many villages.
     */
    public record Key(
            VillageRef village,
            String pathPrefix,
            Language language,
            String view,
            String address,
            String query,
            long revision,
            long changes) {

        boolean isAbout(long villageId) {
            return village == null || village.id() == villageId;
        }

        /**
         * Whether this rendering may be stored: always without a query string; with one, only when
         * the page named exactly that query as its own ({@link CacheableViews#storableAt}), so that
         * searches and made-up addresses never fill the store.
         */
        boolean mayStore(HttpServletRequest rendered) {
            return query == null || query.equals(rendered.getAttribute(CacheableViews.STORABLE_QUERY));
        }
    }

    @Inject
    @Any
    Instance<CacheableViews> declarations;

    @Inject
    ContentRevisions revisions;

    @Inject
    VillageDirectory directory;

    private final PageCache<Key> cache = new PageCache<>(CAPACITY, MAX_AGE, Clock.systemUTC());
    private final Map<Key, CountDownLatch> rendering = new ConcurrentHashMap<>();
    private Set<String> views = Set.of();

    public AnonymousPages() {}

    /** Pages kept for exactly these views (tests; the deployment collects the declarations). */
    AnonymousPages(Set<String> views) {
        this.views = Set.copyOf(views);
    }

    @PostConstruct
    void collectViews() {
        Set<String> all = new HashSet<>();
        declarations.forEach(d -> all.addAll(d.viewIds()));
        views = Set.copyOf(all);
    }

    public boolean isCacheable(String view) {
        return views.contains(view);
    }

    /** The views that may be kept, as the features declared them. */
    public Set<String> views() {
        return views;
    }

    /**
     * The key of the page {@code view} of {@code village} (none: the platform) reached through {@code
     * prefix} at {@code address} (the path within the village: one view shows every article, each at
     * its own address) with the visitor's query string if any, when this request may be answered from
     * the store: an anonymous GET of a page declared cacheable. Taken before the forward, so the query
     * string is the visitor's; a page reached with one is stored only when it says so ({@link
     * Key#mayStore}).
     */
    public Optional<Key> keyFor(
            HttpServletRequest request, Optional<VillageRef> village, String prefix, String view, String address) {
        boolean anonymous = request.getSession(false) == null && request.getUserPrincipal() == null;
        if (!"GET".equals(request.getMethod()) || !anonymous || !isCacheable(view)) {
            return Optional.empty();
        }
        String query = request.getQueryString();
        Language language = Language.of(request.getCookies());
        return Optional.of(
                village.isPresent()
                        ? new Key(
                                village.get(),
                                prefix,
                                language,
                                view,
                                address,
                                query,
                                revisions.of(village.get().id()),
                                0)
                        : new Key(
                                null,
                                "",
                                language,
                                view,
                                address,
                                query,
                                directory.revision(),
                                revisions.changesHeard()));
    }

    /**
     * Hands the key of a page that is not stored yet to {@link AnonymousPageFilter}, which renders it
     * behind the forward and stores it under this key: the key is taken once, before the forward, from
     * the address the visitor asked for.
     */
    public static void toStore(HttpServletRequest request, Key key) {
        request.setAttribute(KEY_ATTRIBUTE, key);
    }

    /**
     * The key handed over by {@link #toStore}, for the page it was taken for, and only once: any
     * other forward of the request renders without being stored.
     */
    static Optional<Key> takeKeyToStore(HttpServletRequest request) {
        Object key = request.getAttribute(KEY_ATTRIBUTE);
        request.removeAttribute(KEY_ATTRIBUTE);
        return key instanceof Key k && k.view().equals(request.getServletPath()) ? Optional.of(k) : Optional.empty();
    }

    /**
     * Answers the request with the stored page, if there is one: the busiest pages of the portal are
     * sent without reaching Faces, or anything request-scoped, at all.
     */
    public boolean sendStored(Key key, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CachedPage> stored = cache.get(key);
        if (stored.isEmpty()) {
            return false;
        }
        response.setHeader(CACHE_HEADER, "hit");
        send(stored.get(), request, response);
        return true;
    }

    /**
     * Claims the rendering of a page that is not stored: when a stored page expires under load,
     * dozens of requests arrive for it at once, and each rendering it on two cores made all of them
     * slow. The first claims it; the others wait for its page (at most {@value
     * #WAIT_FOR_RENDERING_MS} ms) and are sent it from the store.
     *
     * @return what to run once the page is rendered (stored or not), when this request renders it;
     *     empty when another rendered it meanwhile (try {@link #sendStored} again)
     */
    Optional<Runnable> claimRendering(Key key) {
        CountDownLatch mine = new CountDownLatch(1);
        CountDownLatch theirs = rendering.putIfAbsent(key, mine);
        if (theirs == null) {
            return Optional.of(() -> {
                rendering.remove(key, mine);
                mine.countDown();
            });
        }
        try {
            if (theirs.await(WAIT_FOR_RENDERING_MS, TimeUnit.MILLISECONDS)
                    && cache.get(key).isPresent()) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Theirs failed, was not storable or is slow: render this visitor's page without waiting longer.
        return Optional.of(() -> {});
    }

    void storeAndSend(Key key, CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        cache.put(key, page);
        response.setHeader(CACHE_HEADER, "miss");
        send(page, request, response);
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

    /** How many pages of this village are kept (any address, language or revision). */
    public int storedFor(long villageId) {
        return cache.count(k -> k.village() != null && k.village().id() == villageId);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VillageContentChanged event) {
        cache.removeIf(k -> k.isAbout(event.villageId()));
    }
}
