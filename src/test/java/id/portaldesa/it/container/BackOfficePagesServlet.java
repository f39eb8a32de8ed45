package id.portaldesa.it.container;

import id.portaldesa.shared.web.Audience;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.Routes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;

/**
 * {@code GET /_it/back-office-pages}: every page the running portal collected from the features'
 * route sources, each marked whether it is back office (the office and platform folders, the pages
 * that use the office template and PrimeFaces), so a browser test opens each back-office page, new
 * ones included, without a list of its own. Test WAR only, like {@link FreshVillageServlet}.
 */
@WebServlet(BackOfficePagesServlet.PATH)
public class BackOfficePagesServlet extends HttpServlet {

    public static final String PATH = "/_it/back-office-pages";

    @Inject
    Routes routes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonArrayBuilder pages = Json.createArrayBuilder();
        routes.all().stream()
                .sorted(Comparator.comparing(Route::address))
                .forEach(route -> pages.add(Json.createObjectBuilder()
                        .add("address", route.address())
                        .add(
                                "backOffice",
                                Audience.of(route.viewId())
                                        .filter(Audience::isBackOffice)
                                        .isPresent())
                        .add("viewId", route.viewId())
                        .add("village", route.site().village())
                        .add("platform", route.site().platform())
                        .add("loginRequired", route.access().loginRequired())
                        .add(
                                "permission",
                                route.access().permission().map(Enum::name).orElse(""))));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(pages.build().toString());
    }
}
