package id.portaldesa.it.container;

import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The address of the test WAR's upload form ({@link UploadCheckPage}). */
@ApplicationScoped
public class UploadCheckRoutes implements RouteSource {

    public static final String ADDRESS = "/kantor/uji-unggah";

    @Override
    public List<Route> routes() {
        return List.of(Route.of(ADDRESS, "/office/media/upload-check.xhtml", Access.needs(Permission.EDIT_SITE))
                .withUploads());
    }
}
