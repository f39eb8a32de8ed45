package id.portaldesa.shared.web;

import java.util.List;

/**
 * A feature's pages and their addresses, in one class of the feature (e.g. {@code AccountRoutes}).
 * Every {@code @ApplicationScoped} implementation is discovered through CDI by {@link Routes}, so a
 * feature adds its addresses without touching any other.
 */
public interface RouteSource {

    List<Route> routes();
}
