package id.portaldesa.it.container;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Test-only, like {@link FreshVillageServlet}: {@code POST /_it/xss?village=&admin=} with the corpus
 * as the body (one payload a line) fills the village's website with it ({@link XssFixtures}) and
 * answers what it made as JSON.
 */
@WebServlet(XssFixtureServlet.PATH)
public class XssFixtureServlet extends HttpServlet {

    public static final String PATH = "/_it/xss";

    @Inject
    XssFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> payloads = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank())
                .toList();
        XssFixtures.Made made =
                fixtures.fill(Long.parseLong(request.getParameter("village")), request.getParameter("admin"), payloads);
        JsonArrayBuilder articles = Json.createArrayBuilder();
        made.articleSlugs().forEach(articles::add);
        JsonArrayBuilder pages = Json.createArrayBuilder();
        made.pageSlugs().forEach(pages::add);
        JsonArrayBuilder articleIds = Json.createArrayBuilder();
        made.articleIds().forEach(articleIds::add);
        JsonArrayBuilder pageIds = Json.createArrayBuilder();
        made.pageIds().forEach(pageIds::add);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("articleSlugs", articles)
                        .add("pageSlugs", pages)
                        .add("articleIds", articleIds)
                        .add("pageIds", pageIds)
                        .add("saved", made.saved())
                        .add("refused", made.refused())
                        .build()
                        .toString());
    }
}
