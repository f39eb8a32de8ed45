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
 * address ({@link #storableAt}): a list's later page or category, as its links write them. Anything
 * else (a search, a page past the end, an unknown parameter) is rendered for every visitor.
 */
public interface CacheableViews {

    /** The request attribute holding the query string a page may be kept at. */
    String STORABLE_QUERY = CacheableViews.class.getName() + ".storableQuery";

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
}
