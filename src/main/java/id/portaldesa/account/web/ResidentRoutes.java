package id.portaldesa.account.web;

import static id.portaldesa.shared.security.Permission.MANAGE_RESIDENTS;
import static id.portaldesa.shared.security.Permission.USE_RESIDENT_SERVICES;

import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The residents' pages: a resident's own data, and the staff list of residents. Neither address
 * carries a NIK or any other personal value; the staff page keeps the chosen resident in its view.
 */
@ApplicationScoped
public class ResidentRoutes implements RouteSource {

    @Override
    public List<Route> routes() {
        return List.of(
                Route.of("/akun/data-diri", "/resident/account/personal.xhtml", Access.needs(USE_RESIDENT_SERVICES)),
                Route.of("/kantor/warga", "/office/account/residents.xhtml", Access.needs(MANAGE_RESIDENTS)));
    }
}
