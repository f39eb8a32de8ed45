package id.portaldesa.notify.web;

import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The platform's mail outbox. */
@ApplicationScoped
public class NotifyRoutes implements RouteSource {

    @Override
    public List<Route> routes() {
        return List.of(
                Route.of("/platform/surel", "/platform/notify/outbox.xhtml", Access.needs(Permission.MANAGE_PLATFORM)));
    }
}
