package id.portaldesa.platform.web;

import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The platform console: villages of the official list, onboarding and suspension. Regency viewers
 * open it too (VIEW_REGENCY), and see the villages of their region only.
 */
@ApplicationScoped
public class PlatformRoutes implements RouteSource {

    @Override
    public List<Route> routes() {
        return List.of(
                Route.of("/platform/desa", "/platform/village/villages.xhtml", Access.needs(Permission.VIEW_REGENCY)));
    }
}
