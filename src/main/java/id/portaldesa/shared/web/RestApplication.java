package id.portaldesa.shared.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.servers.ServerVariable;

/**
 * The one JAX-RS application: every feature's read-only JSON API ({@code <feature>/rest/XxxResource}).
 * A village's API answers at {@code /<slug>/api/v1/...} and on the village's own domain at {@code
 * /api/v1/...}: the village is resolved first, like for any page (TenantFilter), and resources read
 * it from {@code CurrentVillage}. The platform host has no village API.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Portal Desa",
                        version = "1",
                        description =
                                "Read-only data of each village: news, local products, tourism and more. Every address"
                                        + " is inside a village: under its slug on the platform's host, or at the root of the"
                                        + " village's own domain."),
        servers =
                @Server(
                        url = "/{desa}",
                        description = "A village by its slug",
                        variables =
                                @ServerVariable(
                                        name = "desa",
                                        defaultValue = "kungkai",
                                        description = "The village's slug")))
@ApplicationPath(RestApplication.PATH)
public class RestApplication extends Application {

    public static final String PATH = "/api";

    /** Whether an address inside a village (or on the platform) is one of the API's. */
    public static boolean isApiAddress(String path) {
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }
}
