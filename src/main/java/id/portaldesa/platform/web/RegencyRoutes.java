package id.portaldesa.platform.web;

import static id.portaldesa.shared.security.Permission.MANAGE_PLATFORM;
import static id.portaldesa.shared.security.Permission.MANAGE_VILLAGE_ADMINS;
import static id.portaldesa.shared.security.Permission.VIEW_REGENCY;

import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The platform console pages that regency admins and viewers share with the platform admin. A
 * regional permission opens a page for whoever holds it in some region; what the page then shows
 * and changes is limited to that region by the services.
 */
@ApplicationScoped
public class RegencyRoutes implements RouteSource {

    @Override
    public List<Route> routes() {
        return List.of(
                Route.of("/konsol/desa", "/platform/village/villages.xhtml", Access.needs(VIEW_REGENCY)),
                Route.of("/konsol/admin-desa", "/platform/village/admins.xhtml", Access.needs(MANAGE_VILLAGE_ADMINS)),
                Route.of("/konsol/peran-wilayah", "/platform/account/regency.xhtml", Access.needs(MANAGE_PLATFORM)));
    }
}
