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
 * Test-only, like {@link FreshVillageServlet}: {@code POST /_it/catalogue?village=&admin=&resident=}
 * gives a fresh test village a shop with a public product, a waiting product and a published
 * destination ({@link CatalogueFixtures}), answered as JSON.
 */
@WebServlet(CatalogueFixtureServlet.PATH)
public class CatalogueFixtureServlet extends HttpServlet {

    public static final String PATH = "/_it/catalogue";

    @Inject
    CatalogueFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("payloads".equals(request.getParameter("action"))) {
            payloads(request, response);
            return;
        }
        CatalogueFixtures.Made made = fixtures.shopWithProducts(
                Long.parseLong(request.getParameter("village")),
                request.getParameter("admin"),
                request.getParameter("resident"));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("sellerId", made.sellerId())
                        .add("productId", made.productId())
                        .add("productSlug", made.productSlug())
                        .add("oldProductSlug", made.oldProductSlug())
                        .add("oldDestinationSlug", made.oldDestinationSlug())
                        .add("pendingProductId", made.pendingProductId())
                        .add("destinationSlug", made.destinationSlug())
                        .add("categorySlug", made.categorySlug())
                        .build()
                        .toString());
    }

    /** {@code ?action=payloads}: the body's lines, each typed into every text field of a shop. */
    private void payloads(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        List<String> texts = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
        CatalogueFixtures.Payloads made = fixtures.withPayloads(
                Long.parseLong(request.getParameter("village")),
                request.getParameter("admin"),
                request.getParameter("resident"),
                texts);
        JsonArrayBuilder products = Json.createArrayBuilder();
        made.productSlugs().forEach(products::add);
        JsonArrayBuilder destinations = Json.createArrayBuilder();
        made.destinationSlugs().forEach(destinations::add);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("productSlugs", products)
                        .add("destinationSlugs", destinations)
                        .build()
                        .toString());
    }
}
