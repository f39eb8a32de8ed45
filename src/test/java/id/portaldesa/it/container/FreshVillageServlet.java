package id.portaldesa.it.container;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The test suite's own entry point: {@code POST /_it/villages} answers a fresh village with its
 * admin, official and resident as JSON (see {@link FreshVillages}); {@code ?domain=true} gives it its
 * own domain too. It lives in the test sources and
 * reaches only the suite deployment ({@code it.SuiteDeployment} adds this package); the shipped WAR
 * has no such address (EmbeddedDemoSmokeIT and ShippedWarIT check). The underscore keeps the path
 * from ever being read as a village slug.
 */
@WebServlet(FreshVillageServlet.PATH)
public class FreshVillageServlet extends HttpServlet {

    public static final String PATH = "/_it/villages";

    @Inject
    FreshVillages villages;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FreshVillages.FreshVillage v = villages.create("true".equals(request.getParameter("domain")));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("id", v.id())
                        .add("code", v.code())
                        .add("slug", v.slug())
                        .add("name", v.name())
                        .add("adminEmail", v.adminEmail())
                        .add("officialEmail", v.officialEmail())
                        .add("residentEmail", v.residentEmail())
                        .add("password", v.password())
                        .add("domain", v.domain())
                        .build()
                        .toString());
    }
}
