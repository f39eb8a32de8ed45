package id.portaldesa.village.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.portaldesa.shared.web.CacheableViews;
import id.portaldesa.village.ContentRevisions;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the page cache keeps, seen from outside: a cookie-free 200 page is stored and then sent from
 * memory without rendering; an error, any other status, a redirect, a cookie or a new session is
 * never stored, so the next visitor gets a page rendered for them; a visitor with a session never
 * gets the stored page.
 */
class AnonymousPageFilterTest {

    static final String VIEW = "/public/village/directory.xhtml";
    static final String PAGE = "<html><body>Desa-desa</body></html>";

    final AnonymousPageFilter filter = new AnonymousPageFilter();
    final AnonymousPages pages = new AnonymousPages(Set.of(VIEW));
    final AtomicInteger renders = new AtomicInteger();

    AnonymousPageFilterTest() {
        filter.pages = pages;
        pages.revisions = new ContentRevisions() {
            @Override
            public long changesHeard() {
                return 0;
            }
        };
        pages.directory = new VillageDirectory() {
            @Override
            public long revision() {
                return 1;
            }
        };
    }

    /** One answer as the visitor receives it. */
    static final class Answer {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean cookie;

        String cache() {
            return headers.get(AnonymousPages.CACHE_HEADER);
        }
    }

    /** A page that renders {@link #PAGE} after doing whatever {@code page} does to the answer. */
    interface Page {
        void render(HttpServletRequest request, HttpServletResponse response) throws Exception;
    }

    Answer get(boolean withSession, Page page) throws Exception {
        return get(withSession, null, page);
    }

    /**
     * A visit with the visitor's query string (none: null), forwarded to the page as the tenant filter
     * does: behind the forward the request's own query string is the route's (none here), and the
     * visitor's is kept in an attribute.
     */
    Answer get(boolean withSession, String query, Page page) throws Exception {
        Answer answer = new Answer();
        boolean[] session = {withSession};
        boolean[] forwarded = {false};
        HttpSession theSession = proxy(HttpSession.class, (name, args) -> null);
        Map<String, Object> attributes = new HashMap<>();
        HttpServletRequest request = proxy(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getServletPath" -> VIEW;
            case "getMethod" -> "GET";
            case "getQueryString" -> forwarded[0] ? null : query;
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> {
                attributes.put((String) args[0], args[1]);
                yield null;
            }
            case "removeAttribute" -> {
                attributes.remove((String) args[0]);
                yield null;
            }
            case "getSession" -> {
                if (args != null && args.length == 1 && !(Boolean) args[0]) {
                    yield session[0] ? theSession : null;
                }
                session[0] = true;
                yield theSession;
            }
            default -> null;
        });
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                answer.body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}
        };
        HttpServletResponse response = proxy(HttpServletResponse.class, (name, args) -> switch (name) {
            case "setStatus", "sendError" -> {
                answer.status = (Integer) args[0];
                yield null;
            }
            case "sendRedirect" -> {
                answer.status = 302;
                yield null;
            }
            case "setHeader", "addHeader" -> {
                answer.headers.put((String) args[0], (String) args[1]);
                yield null;
            }
            case "addCookie" -> {
                answer.cookie = true;
                yield null;
            }
            case "getOutputStream" -> out;
            case "getCharacterEncoding" -> "UTF-8";
            case "getContentType" -> "text/html;charset=UTF-8";
            case "isCommitted" -> false;
            default -> null;
        });
        FilterChain chain = (req, res) -> {
            renders.incrementAndGet();
            try {
                page.render((HttpServletRequest) req, (HttpServletResponse) res);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            res.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
        };
        // As the tenant filter does before it forwards to the page: the key of a page that may be stored.
        pages.keyFor(request, Optional.<VillageRef>empty(), "", VIEW, "/")
                .ifPresent(key -> AnonymousPages.toStore(request, key));
        forwarded[0] = true;
        if (query != null) {
            attributes.put(RequestDispatcher.FORWARD_REQUEST_URI, "/produk");
            attributes.put(RequestDispatcher.FORWARD_QUERY_STRING, query);
        }
        filter.doFilter(request, response, chain);
        return answer;
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            Object value = answers.apply(method.getName(), args);
            if (value == null && method.getReturnType() == boolean.class) {
                return false;
            }
            if (value == null && method.getReturnType() == int.class) {
                return 0;
            }
            return value;
        });
    }

    static final Page PLAIN = (request, response) -> {};

    @Test
    void aPlainPageIsStoredAndThenSentWithoutRendering() throws Exception {
        Answer first = get(false, PLAIN);
        assertEquals("miss", first.cache());
        Answer second = get(false, PLAIN);
        assertEquals("hit", second.cache());
        assertEquals(PAGE, second.body.toString(StandardCharsets.UTF_8));
        assertEquals(1, renders.get(), "the second visitor's page came from memory");
    }

    @Test
    void anErrorIsNeverStored() throws Exception {
        assertNeverStored((request, response) -> response.sendError(404));
        assertNeverStored((request, response) -> response.sendError(500, "kaput"));
    }

    @Test
    void anotherStatusIsNeverStored() throws Exception {
        assertNeverStored((request, response) -> response.setStatus(503));
        assertNeverStored((request, response) -> response.setStatus(201));
        assertNeverStored((request, response) -> response.sendRedirect("/masuk"));
    }

    @Test
    void anAnswerSettingACookieIsNeverStored() throws Exception {
        assertNeverStored((request, response) -> response.addCookie(new Cookie("portal_lang", "en")));
        assertNeverStored((request, response) -> response.setHeader("Set-Cookie", "a=b"));
        assertNeverStored((request, response) -> response.addHeader("set-cookie", "a=b"));
        assertNeverStored((request, response) -> request.getSession(true));
    }

    @Test
    void aVisitorWithASessionNeverGetsTheStoredPage() throws Exception {
        assertEquals("miss", get(false, PLAIN).cache());
        assertEquals("hit", get(false, PLAIN).cache());
        Answer personal = get(true, PLAIN);
        assertNull(personal.cache(), "rendered for them, not taken from the store");
        assertEquals(2, renders.get());
    }

    @Test
    void visitorsArrivingWhileThePageRendersWaitForItInsteadOfRenderingItAgain() throws Exception {
        java.util.concurrent.CountDownLatch firstRendering = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch othersArrived = new java.util.concurrent.CountDownLatch(1);
        Page slow = (request, response) -> {
            firstRendering.countDown();
            othersArrived.await();
        };
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var first = pool.submit(() -> get(false, slow));
            firstRendering.await();
            var others = java.util.stream.IntStream.range(0, 3)
                    .mapToObj(i -> pool.submit(() -> get(false, slow)))
                    .toList();
            // The others are waiting for the first one's page by now, or will find it stored.
            Thread.sleep(300);
            othersArrived.countDown();
            assertEquals("miss", first.get().cache());
            for (var other : others) {
                Answer answer = other.get();
                assertEquals("hit", answer.cache());
                assertEquals(PAGE, answer.body.toString(StandardCharsets.UTF_8));
            }
            assertEquals(1, renders.get(), "rendered once for four visitors");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theKeyHandedToTheFilterServesOnlyItsOwnPageAndOnlyOnce() {
        Map<String, Object> attributes = new HashMap<>();
        String[] path = {"/public/account/login.xhtml"};
        HttpServletRequest request = proxy(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getServletPath" -> path[0];
            case "getMethod" -> "GET";
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> {
                attributes.put((String) args[0], args[1]);
                yield null;
            }
            case "removeAttribute" -> {
                attributes.remove((String) args[0]);
                yield null;
            }
            default -> null;
        });
        AnonymousPages.Key key = pages.keyFor(request, Optional.<VillageRef>empty(), "", VIEW, "/")
                .orElseThrow();
        AnonymousPages.toStore(request, key);
        assertEquals(Optional.empty(), AnonymousPages.takeKeyToStore(request), "not for another page");
        path[0] = VIEW;
        AnonymousPages.toStore(request, key);
        assertEquals(Optional.of(key), AnonymousPages.takeKeyToStore(request));
        assertEquals(Optional.empty(), AnonymousPages.takeKeyToStore(request), "only once");
    }

    @Test
    void aPageReachedWithTheQueryItNamesAsItsOwnIsStoredAtThatQuery() throws Exception {
        Page secondPage = (request, response) -> CacheableViews.storableAt(request, Map.of("hal", "2"));
        assertEquals("miss", get(false, "hal=2", secondPage).cache());
        Answer stored = get(false, "hal=2", secondPage);
        assertEquals("hit", stored.cache());
        assertEquals(PAGE, stored.body.toString(StandardCharsets.UTF_8));
        assertEquals(1, renders.get(), "the second visitor's page came from memory");

        Page categoryPage =
                (request, response) -> CacheableViews.storableAt(request, Map.of("kategori", "minuman", "hal", "2"));
        assertEquals("miss", get(false, "hal=2&kategori=minuman", categoryPage).cache(), "another query, another page");
        assertEquals("hit", get(false, "hal=2&kategori=minuman", categoryPage).cache());
        assertEquals("miss", get(false, PLAIN).cache(), "the page without a query is its own");
        assertEquals(3, renders.get());
    }

    @Test
    void aQueryThePageDoesNotNameAsItsOwnIsNeverStored() throws Exception {
        Page secondPage = (request, response) -> CacheableViews.storableAt(request, Map.of("hal", "2"));
        int before = renders.get();
        for (String query : new String[] {"hal=2&utm_source=wa", "kategori=minuman&hal=2", "hal=02", "hal=2&"}) {
            assertNull(get(false, query, secondPage).cache(), query);
            assertNull(get(false, query, secondPage).cache(), query);
        }
        assertNeverStoredAt("q=kopi", PLAIN);
        assertNeverStoredAt("", PLAIN);
        assertEquals(before + 12, renders.get(), "each visitor got a page rendered for them");
        assertNull(get(true, "hal=2", secondPage).cache(), "nor a page of a visitor with a session");
    }

    private void assertNeverStoredAt(String query, Page page) throws Exception {
        assertNull(get(false, query, page).cache(), "not stored at ?" + query);
        assertNull(get(false, query, page).cache(), "still not stored at ?" + query);
    }

    private void assertNeverStored(Page page) throws Exception {
        int before = renders.get();
        Answer first = get(false, page);
        assertNull(first.cache(), "not stored");
        Answer second = get(false, page);
        assertNull(second.cache(), "still not stored");
        assertEquals(before + 2, renders.get(), "each visitor got a page rendered for them");
    }
}
