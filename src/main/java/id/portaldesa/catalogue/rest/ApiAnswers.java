package id.portaldesa.catalogue.rest;

import id.portaldesa.catalogue.CatalogueSnapshot;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/** The answers the catalogue's API gives for one item's address: the item, 301, or 404. */
final class ApiAnswers {

    /** The body of every "not found": the same for another village's, an unpublished or no item. */
    public record Problem(int status, String error) {}

    static final Problem NOT_FOUND = new Problem(404, "not found");

    private ApiAnswers() {}

    static <T, J> Response of(CatalogueSnapshot.Lookup<T> lookup, HttpServletRequest request, Function<T, J> json) {
        if (lookup instanceof CatalogueSnapshot.Found<T> found) {
            return Response.ok(json.apply(found.item()), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        if (lookup instanceof CatalogueSnapshot.Moved<T> moved) {
            // The address asked for (by slug path or on the village's domain), with the current slug.
            Object asked = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            String path = asked != null ? (String) asked : request.getRequestURI();
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .header("Location", path.substring(0, path.lastIndexOf('/') + 1) + moved.slug())
                    .build();
        }
        return notFound();
    }

    static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(NOT_FOUND)
                .build();
    }
}
