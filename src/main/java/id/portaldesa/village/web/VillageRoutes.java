package id.portaldesa.village.web;

import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The platform's village directory, at the platform's root. */
@ApplicationScoped
public class VillageRoutes implements RouteSource {

    @Override
    public List<Route> routes() {
        return List.of(
                Route.of("/", "/public/village/directory.xhtml", Access.ANYONE).onlyOn(Route.Site.PLATFORM));
    }
}
