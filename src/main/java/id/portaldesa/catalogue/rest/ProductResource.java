package id.portaldesa.catalogue.rest;

import id.portaldesa.catalogue.ProductCatalogue;
import id.portaldesa.catalogue.PublicCatalogue;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /<slug>/api/v1/produk} and {@code /produk/{slug}}: the village's public products, as its
 * catalogue shows them. A product of another village, or one not public, answers like one that does
 * not exist.
 */
@Path("/v1/produk")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    @Inject
    CurrentVillage village;

    @Inject
    PublicCatalogue catalogue;

    @Inject
    CatalogueJson json;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(
            summary =
                    "The village's products on show, newest first, paged; optionally of one category or matching a search")
    public ApiPage<CatalogueJson.Product> products(
            @Parameter(description = "Page, from 1") @QueryParam("hal") Integer page,
            @Parameter(description = "Products a page, 1 to 100 (default 20)") @QueryParam("ukuran") Integer size,
            @Parameter(description = "A category's slug") @QueryParam("kategori") String category,
            @Parameter(description = "Words that must all occur") @QueryParam("q") String query) {
        VillageRef v = village.require();
        return ApiPage.of(
                ProductCatalogue.select(catalogue.current(), category, query), page, size, p -> json.product(v, p));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One product on show, by its slug; an old slug answers 301 to the current one")
    @APIResponse(responseCode = "200", description = "The product")
    @APIResponse(responseCode = "301", description = "The product's slug changed; Location names the current one")
    @APIResponse(responseCode = "404", description = "No such product on show in this village")
    public Response product(@PathParam("slug") String slug) {
        VillageRef v = village.require();
        return ApiAnswers.of(catalogue.current().product(slug), request, p -> json.product(v, p));
    }
}
