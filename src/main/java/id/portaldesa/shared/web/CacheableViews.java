package id.portaldesa.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pages of a feature that may be kept rendered for anonymous visitors. Each feature declares its
 * own in one {@code @ApplicationScoped} class; the anonymous page cache discovers them through CDI.
 *
 * <p>Only declare a view whose anonymous rendering depends on nothing but the village, the address
 * it was reached by, the language and the village's content revision: anything it shows must be
 * announced as a {@link id.portaldesa.shared.events.VillageContentChanged} when it changes.
 *
 * <p>A rendering reached with a query string is kept only when the page says the query is its own
 * address ({@link #storableAt}): a list's later page or category, as its links write them; or a
 * search, in a smaller store of its own ({@link #storableAsSearch}). Anything else (a page past the
 * end, an unknown parameter) is rendered for every visitor.
 */
public interface CacheableViews {

    /** The request attribute holding the query string a page may be kept at. */
    String STORABLE_QUERY = CacheableViews.class.getName() + ".storableQuery";

    /** The request attribute saying that the page kept is a search's answer. */
    String SEARCH = CacheableViews.class.getName() + ".search";

    /** View ids such as {@code /public/site/home.xhtml}. */
    Set<String> viewIds();

    /**
     * Says that this rendering shows no more than these parameters of the address, and that the
     * visitor's query string, when it is exactly these (sorted by name, as {@link PageLinks} writes
     * links), may be the key of the kept page. Only for pages whose content depends on the query
     * through these parameters alone, and whose values the page has checked (a real page, a known
     * category): each one is a page kept in memory.
     */
    static void storableAt(HttpServletRequest request, Map<String, String> parameters) {
        request.setAttribute(
                STORABLE_QUERY,
                parameters.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")));
    }

    /**
     * Like {@link #storableAt}, for a search's answer: visitors choose its words, so the answers are
     * kept apart from the pages, in a store of their own that made-up searches can fill without
     * pushing a village's home page out. The same few words are asked again and again (a village's
     * products, its news), and each answer is a whole page rendered.
     */
    static void storableAsSearch(HttpServletRequest request, Map<String, String> parameters) {
        storableAt(request, parameters);
        request.setAttribute(SEARCH, Boolean.TRUE);
    }
}
