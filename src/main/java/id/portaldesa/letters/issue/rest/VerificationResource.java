package id.portaldesa.letters.issue.rest;

import id.portaldesa.letters.issue.Verifications;
import id.portaldesa.letters.issue.Verifications.Verification;
import id.portaldesa.shared.ratelimit.RateLimitExceededException;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * {@code GET /api/v1/verifikasi/{token}} on the platform host: the public verification of an issued
 * letter as JSON, the same facts as the page {@code /v/<token>} and under the same allowance for
 * unknown tokens. The one API address of the platform host (TenantFilter forwards it); inside a
 * village it is not found.
 */
@Path("/v1/verifikasi")
@RequestScoped
@Server(url = "/", description = "The platform host (verification of letters only)")
public class VerificationResource {

    /** What anyone holding a letter's verification token may know of it. */
    public record VerificationJson(
            String village,
            String number,
            String type,
            LocalDate date,
            String subject,
            String signer,
            String status,
            Instant revokedAt,
            String revocationReason,
            String sha256) {}

    @Inject
    Verifications verifications;

    @Inject
    CurrentVillage village;

    @GET
    @Path("/{token}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An issued letter by the token of its verification address (the QR code on the letter)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VerificationJson.class)))
    @APIResponse(responseCode = "404", description = "No letter has this token")
    @APIResponse(responseCode = "429", description = "Too many unknown tokens from this address: try again later")
    public Response verify(
            @Parameter(description = "The token at the end of /v/<token>") @PathParam("token") String token) {
        if (village.isPresent()) {
            return error(Response.Status.NOT_FOUND, "not found");
        }
        Optional<Verification> found;
        try {
            found = verifications.forVisitor(token);
        } catch (RateLimitExceededException e) {
            return error(Response.Status.TOO_MANY_REQUESTS, "too many unknown tokens");
        }
        if (found.isEmpty()) {
            return error(Response.Status.NOT_FOUND, "not found");
        }
        Verification v = found.get();
        return Response.ok(new VerificationJson(
                        v.villageName(),
                        v.number(),
                        v.typeName(),
                        v.date(),
                        v.subjectMasked(),
                        v.signer(),
                        v.isRevoked() ? "revoked" : "valid",
                        v.revokedAt(),
                        v.revocationReason(),
                        v.sha256()))
                .header("Cache-Control", "no-store")
                .build();
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", message))
                .build();
    }
}
