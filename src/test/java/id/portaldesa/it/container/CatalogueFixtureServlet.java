package id.portaldesa.it.container;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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
                        .build()
                        .toString());
    }
}
