package id.portaldesa.catalogue.rest;

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

/** {@code GET /<slug>/api/v1/wisata} and {@code /wisata/{slug}}: the village's published destinations. */
@Path("/v1/wisata")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DestinationResource {

    @Inject
    CurrentVillage village;

    @Inject
    PublicCatalogue catalogue;

    @Inject
    CatalogueJson json;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The village's published destinations, newest first, paged")
    public ApiPage<CatalogueJson.Destination> destinations(
            @Parameter(description = "Page, from 1") @QueryParam("hal") Integer page,
            @Parameter(description = "Destinations a page, 1 to 100 (default 20)") @QueryParam("ukuran") Integer size) {
        VillageRef v = village.require();
        return ApiPage.of(catalogue.current().destinations(), page, size, d -> json.destination(v, d));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One published destination, by its slug; an old slug answers 301 to the current one")
    @APIResponse(responseCode = "200", description = "The destination")
    @APIResponse(responseCode = "301", description = "The destination's slug changed; Location names the current one")
    @APIResponse(responseCode = "404", description = "No such published destination in this village")
    public Response destination(@PathParam("slug") String slug) {
        VillageRef v = village.require();
        return ApiAnswers.of(catalogue.current().destination(slug), request, d -> json.destination(v, d));
    }
}
