package id.portaldesa.platform.web;

import static id.portaldesa.shared.security.Permission.MANAGE_PLATFORM;
import static id.portaldesa.shared.security.Permission.MANAGE_VILLAGE_ADMINS;

import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The regency scope's platform pages: admins for villages (platform and regency admins) and the
 * regional roles (platform admin). A regional permission opens a page for whoever holds it in some
 * region; what the page then shows and changes is limited to that region by the services. The
 * village list itself is in {@link PlatformRoutes}.
 */
@ApplicationScoped
public class RegencyRoutes implements RouteSource {

    @Override
    public List<Route> routes() {
        return List.of(
                Route.of("/platform/admin-desa", "/platform/village/admins.xhtml", Access.needs(MANAGE_VILLAGE_ADMINS))
                        .withUploads(),
                Route.of("/platform/peran-wilayah", "/platform/account/regency.xhtml", Access.needs(MANAGE_PLATFORM)));
    }
}
