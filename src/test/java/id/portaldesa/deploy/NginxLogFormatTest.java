package id.portaldesa.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The access-log map of deploy/nginx/portal-desa.conf redacts every page that takes a one-time
 * token: each view with a {@code token} view parameter, at the address its feature's {@code
 * *Routes} class gives it. NginxFrontIT shows the same on a running nginx.
 */
class NginxLogFormatTest {

    static final Path CONF = Path.of("deploy/nginx/portal-desa.conf");

    @Test
    void everyTokenPageIsRedactedInTheAccessLog() throws Exception {
        Pattern redacting = redactingPattern();
        Set<String> tokenViews = tokenViews();
        assertTrue(tokenViews.size() >= 5, "the confirmation, invitation, setup, reset and email pages: " + tokenViews);
        List<Route> routes = allRoutes();
        for (String view : tokenViews) {
            List<String> addresses = routes.stream()
                    .filter(r -> r.viewId().equals(view))
                    .map(Route::address)
                    .toList();
            assertFalse(addresses.isEmpty(), "no route for " + view);
            for (String address : addresses) {
                for (String logged : List.of(address, "/kungkai" + address)) {
                    assertEquals(logged, redact(redacting, logged), "the address itself stays");
                    assertEquals(logged, redact(redacting, logged + "/SECRET"), view + ": a token segment");
                    assertEquals(logged, redact(redacting, logged + ";x=SECRET"), view + ": a ;parameter");
                    assertEquals(logged.toUpperCase(), redact(redacting, logged.toUpperCase() + "/SECRET"), "any case");
                }
            }
        }
        assertEquals("/kungkai/berita/panen-raya", redact(redacting, "/kungkai/berita/panen-raya"), "others stay");
        assertEquals("/konfirmasi-lain/x", redact(redacting, "/konfirmasi-lain/x"), "only those addresses");
    }

    /** What nginx logs for a decoded path: the map's first regex, or the path itself. */
    static String redact(Pattern redacting, String uri) {
        Matcher m = redacting.matcher(uri);
        return m.matches() ? m.group("kept") : uri;
    }

    /** The regex of {@code map $uri $portal_desa_log_uri}, in Java's spelling. */
    static Pattern redactingPattern() throws IOException {
        String conf = Files.readString(CONF);
        Matcher map = Pattern.compile(
                        "map \\$uri \\$portal_desa_log_uri \\{\\s*\"~\\*([^\"]+)\"\\s+\\$portal_desa_token_page;")
                .matcher(conf);
        assertTrue(map.find(), "the log map in " + CONF);
        // Java group names allow no underscore.
        return Pattern.compile(
                map.group(1).replace("(?<portal_desa_token_page>", "(?<kept>"), Pattern.CASE_INSENSITIVE);
    }

    /** View ids of the pages that read a {@code token} view parameter. */
    static Set<String> tokenViews() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        Set<String> views = new TreeSet<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                if (Files.readString(file).matches("(?s).*<f:viewParam\\s+name=\"token\".*")) {
                    views.add("/" + webapp.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return views;
    }

    /** The routes of every RouteSource in the compiled classes. */
    static List<Route> allRoutes() throws Exception {
        Path classes = Path.of("target/classes");
        List<Route> routes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith("Routes.class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name);
                if (RouteSource.class.isAssignableFrom(type) && !type.isInterface()) {
                    routes.addAll(((RouteSource) type.getDeclaredConstructor().newInstance()).routes());
                }
            }
        }
        assertTrue(routes.size() > 10, "found the routes: " + routes);
        return routes;
    }
}
