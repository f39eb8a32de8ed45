package id.portaldesa.letters.rest;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.letters.RequestView;
import id.portaldesa.letters.ResidentRequests;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.security.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /<slug>/api/v1/surat/permohonan}: the logged-in resident's own letter requests and their
 * statuses (the session cookie of the portal authenticates), for the village's apps. Someone else's
 * request, another village's, or anything without a resident's login answers 404 (401 with no login).
 */
@Path("/v1/surat/permohonan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LetterRequestResource {

    /** One request in a list. */
    public record RequestJson(
            String reference, String type, String typeCode, String state, Instant submittedAt, Instant updatedAt) {}

    /** A page of requests. */
    public record PageJson(List<RequestJson> items, long total, int page, int size) {}

    /** One recorded move. */
    public record StepJson(String state, Instant at, String note) {}

    /** One request with its history and, once issued, its letter number. */
    public record DetailJson(
            String reference,
            String type,
            String typeCode,
            String state,
            Instant submittedAt,
            String note,
            String letterNumber,
            Instant issuedAt,
            List<StepJson> history) {}

    @Inject
    ResidentRequests requests;

    @Inject
    CurrentUser user;

    /** Far beyond any resident's requests. */
    static final int MAX_PAGE = 100_000;

    @GET
    @Operation(summary = "The logged-in resident's letter requests, newest first (drafts included)")
    @APIResponse(responseCode = "200", description = "A page of requests")
    @APIResponse(responseCode = "400", description = "hal beyond " + MAX_PAGE)
    @APIResponse(responseCode = "401", description = "Not logged in")
    public Response list(
            @Parameter(description = "Page, from 1") @QueryParam("hal") @DefaultValue("1") int page,
            @Parameter(description = "Rows per page, 1 to 100") @QueryParam("ukuran") @DefaultValue("20") int size) {
        Optional<Response> refused = refused();
        if (refused.isPresent()) {
            return refused.get();
        }
        if (page > MAX_PAGE) {
            // (page - 1) * rows would overflow, or ask the database driver for more rows than it serves
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Map.of("error", "hal: 1.." + MAX_PAGE))
                    .build();
        }
        int rows = Math.max(1, Math.min(PageRequest.MAX_SIZE, size));
        int current = Math.max(1, page);
        var slice =
                requests.mine(new PageRequest((current - 1) * rows, rows, Optional.empty(), true, Optional.empty()));
        return Response.ok(new PageJson(
                        slice.items().stream()
                                .map(s -> new RequestJson(
                                        s.reference(),
                                        s.typeName(),
                                        null,
                                        s.state().name(),
                                        s.submittedAt(),
                                        s.updatedAt()))
                                .toList(),
                        slice.total(),
                        current,
                        rows))
                .build();
    }

    @GET
    @Path("/{nomor}")
    @Operation(summary = "One of the logged-in resident's requests by its reference, with its history")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "404", description = "No such request of this resident in this village")
    public Response one(@PathParam("nomor") String reference) {
        Optional<Response> refused = refused();
        if (refused.isPresent()) {
            return refused.get();
        }
        RequestView v;
        try {
            v = requests.view(reference);
        } catch (BusinessException notFound) {
            return notFound();
        }
        return Response.ok(new DetailJson(
                        v.reference(),
                        v.typeName(),
                        v.typeCode(),
                        v.state().name(),
                        v.submittedAt(),
                        v.note(),
                        v.letterNumber(),
                        v.issuedAt(),
                        v.history().stream()
                                .map(s -> new StepJson(s.to().name(), s.at(), s.note()))
                                .toList()))
                .build();
    }

    private Optional<Response> refused() {
        if (!user.isLoggedIn()) {
            return Optional.of(Response.status(Response.Status.UNAUTHORIZED)
                    .entity(Map.of("error", "login required"))
                    .build());
        }
        if (!user.can(Permission.USE_RESIDENT_SERVICES)) {
            return Optional.of(notFound());
        }
        return Optional.empty();
    }

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND)
                .entity(Map.of("error", "not found"))
                .build();
    }
}
