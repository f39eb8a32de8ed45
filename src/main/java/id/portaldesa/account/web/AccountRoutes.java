package id.portaldesa.account.web;

import static id.portaldesa.shared.web.Access.ANYONE;
import static id.portaldesa.shared.web.Access.needs;

import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Addresses of logging in, registering, invitations and the back office's entry. */
@ApplicationScoped
public class AccountRoutes implements RouteSource {

    @Override
    public List<Route> routes() {
        return List.of(
                Route.of("/masuk", "/public/account/login.xhtml", ANYONE),
                Route.of("/daftar", "/public/account/register.xhtml", ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/konfirmasi", "/public/account/confirm.xhtml", ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/undangan", "/public/account/accept.xhtml", ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/persiapan", "/public/account/setup.xhtml", ANYONE).onlyOn(Route.Site.PLATFORM),
                Route.of("/akun", "/resident/account/home.xhtml", needs(Permission.USE_RESIDENT_SERVICES)),
                Route.of("/kantor", "/office/index.xhtml", needs(Permission.OPEN_OFFICE)),
                Route.of("/kantor/staf", "/office/account/staff.xhtml", needs(Permission.MANAGE_STAFF)));
    }
}
