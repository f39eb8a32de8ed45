package id.portaldesa.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every page's clean address, collected from the features' {@link RouteSource}s: which page an
 * address opens, which address a page has, and who may open it. The one place the access filter,
 * the links and the navigation read.
 */
@ApplicationScoped
public class Routes {

    @Inject
    Instance<RouteSource> sources;

    private RouteTable table;

    @PostConstruct
    void collect() {
        List<Route> all = new ArrayList<>();
        sources.forEach(source -> all.addAll(source.routes()));
        table = new RouteTable(all);
    }

    /** The page an address opens within a village ({@code village=true}) or on the platform. */
    public Optional<Match> resolve(String address, boolean village) {
        return table.resolve(address, village);
    }

    public Optional<Route> ofView(String viewId) {
        return table.ofView(viewId);
    }

    /**
     * The address of a page, with its path parameter taken from {@code parameters} (which keeps the
     * rest): {@code /berita/panen-raya} for the article view and {@code judul=panen-raya}.
     */
    public Optional<String> addressOf(String viewId, Map<String, List<String>> parameters) {
        return ofView(viewId)
                .map(route -> route.parameter()
                        .map(name -> {
                            List<String> values = parameters.remove(name);
                            String value = values == null || values.isEmpty() ? "" : values.get(0);
                            return route.fixedPart() + "/"
                                    + URLEncoder.encode(value, StandardCharsets.UTF_8)
                                            .replace("+", "%20");
                        })
                        .orElse(route.address()));
    }

    public Collection<Route> all() {
        return table.all();
    }

    /** A resolved address: the route and the value of its path parameter, if any. */
    public record Match(Route route, Map<String, String> parameters) {}

    /** The lookup structures, built once and checked for clashes. */
    static final class RouteTable {
        private final Map<String, Route> villageExact = new HashMap<>();
        private final Map<String, Route> platformExact = new HashMap<>();
        private final Map<String, Route> villageTemplates = new HashMap<>();
        private final Map<String, Route> platformTemplates = new HashMap<>();
        private final Map<String, Route> byView = new HashMap<>();

        RouteTable(List<Route> routes) {
            for (Route route : routes) {
                if (byView.put(route.viewId(), route) != null) {
                    throw new IllegalStateException("Two addresses for " + route.viewId());
                }
                if (route.site().village()) {
                    register(route.parameter().isPresent() ? villageTemplates : villageExact, route);
                }
                if (route.site().platform()) {
                    register(route.parameter().isPresent() ? platformTemplates : platformExact, route);
                }
            }
        }

        private static void register(Map<String, Route> map, Route route) {
            String key = route.fixedPart();
            Route previous = map.put(key, route);
            if (previous != null) {
                throw new IllegalStateException(
                        "Address " + route.address() + " taken by " + previous.viewId() + " and " + route.viewId());
            }
        }

        Optional<Match> resolve(String address, boolean village) {
            String path = address.length() > 1 && address.endsWith("/")
                    ? address.substring(0, address.length() - 1)
                    : address;
            Route exact = (village ? villageExact : platformExact).get(path);
            if (exact != null) {
                return Optional.of(new Match(exact, Map.of()));
            }
            int last = path.lastIndexOf('/');
            if (last <= 0 || last == path.length() - 1) {
                return Optional.empty();
            }
            Route template = (village ? villageTemplates : platformTemplates).get(path.substring(0, last));
            if (template == null) {
                return Optional.empty();
            }
            String value = URLDecoder.decode(path.substring(last + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
            return Optional.of(new Match(template, Map.of(template.parameter().orElseThrow(), value)));
        }

        Optional<Route> ofView(String viewId) {
            return Optional.ofNullable(byView.get(viewId));
        }

        Collection<Route> all() {
            return byView.values();
        }
    }
}
