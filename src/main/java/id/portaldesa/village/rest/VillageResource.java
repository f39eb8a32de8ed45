package id.portaldesa.village.rest;

import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /<slug>/api/v1/desa}: the village's public identity, for integrations of the village. */
@Path("/v1/desa")
@RequestScoped
public class VillageResource {

    /** What anyone may know about a village: its official code and names, nothing else. */
    public record VillageJson(
            String code, String slug, String name, String district, String regency, String province, String timeZone) {}

    @Inject
    CurrentVillage village;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The village: official code, names of the village, district, regency and province")
    public VillageJson village() {
        VillageRef v = village.require();
        return new VillageJson(
                v.code(),
                v.slug(),
                v.name(),
                v.districtName(),
                v.regencyName(),
                v.provinceName(),
                v.timeZone().name());
    }
}
