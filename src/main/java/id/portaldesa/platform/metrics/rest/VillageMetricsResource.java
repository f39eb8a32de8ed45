package id.portaldesa.platform.metrics.rest;

import id.portaldesa.platform.metrics.Figures;
import id.portaldesa.platform.metrics.VillageFigures;
import id.portaldesa.platform.metrics.VillageMetrics;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /<slug>/api/v1/kinerja}: the village's public service figures of its last twelve months,
 * the same as its page {@code /layanan/kinerja}, from memory. Durations in seconds, shares in whole
 * percent, medians and 90th percentiles exact (nearest rank); null where there is nothing to measure
 * and where a time or share would come from fewer than {@link VillageMetrics#FEWEST_SHOWN} items
 * ({@code withheld}: privacy).
 */
@Path("/v1/kinerja")
@RequestScoped
@Tag(name = "Service performance", description = "A village's service figures: letters, complaints, aspirations")
public class VillageMetricsResource {

    /** One workflow's figures over a period. */
    @Schema(description = "Figures of one workflow over a period")
    public record FiguresJson(
            @Schema(description = "Received in the period") int received,

            @Schema(description = "Done in the period: issued, resolved or answered")
            int done,

            @Schema(description = "Of those received in the period, the share done by now, percent")
            Long shareDone,

            @Schema(description = "Aspirations received in the period accepted into the village plan")
            int accepted,

            @Schema(description = "Complaints resolved within their target time, percent")
            Long shareWithinTarget,

            @Schema(description = "Median seconds from submission to done")
            Long medianSeconds,

            @Schema(description = "90th percentile seconds from submission to done")
            Long p90Seconds,

            @Schema(description = "Median seconds without the time returned to the resident")
            Long medianNetSeconds,

            @Schema(description = "90th percentile seconds without the time returned")
            Long p90NetSeconds,

            @Schema(description = "Median seconds to a complaint's first response")
            Long medianFirstResponseSeconds,

            @Schema(
                    description = "True when a time or share is left out (null) because it would be computed from"
                            + " fewer than 5 items (privacy)")
            boolean withheld) {

        static FiguresJson of(Figures f) {
            return new FiguresJson(
                    f.received(),
                    f.done(),
                    f.shareDone(),
                    f.accepted(),
                    f.shareWithinTarget(),
                    f.medianDone(),
                    f.p90Done(),
                    f.medianNet(),
                    f.p90Net(),
                    f.medianResponse(),
                    f.withheld());
        }
    }

    /** One month (the village's own, {@code 2026-12}). */
    public record MonthJson(String month, FiguresJson letters, FiguresJson complaints, FiguresJson aspirations) {}

    /** A letter type's figures over the twelve months. */
    public record LetterTypeJson(String code, FiguresJson figures) {}

    public record MetricsJson(
            String village,
            String timeZone,
            FiguresJson letters,
            FiguresJson complaints,
            FiguresJson aspirations,
            List<LetterTypeJson> letterTypes,
            List<MonthJson> months) {}

    @Inject
    CurrentVillage village;

    @Inject
    VillageMetrics metrics;

    @Inject
    KeptJson kept;

    /**
     * The figures as JSON text, written once per village, content revision and minute and then sent
     * from memory (serialising them for every request cost more than everything else of it).
     */
    @jakarta.enterprise.context.ApplicationScoped
    public static class KeptJson {

        @Inject
        id.portaldesa.village.ContentRevisions revisions;

        @jakarta.annotation.Resource
        jakarta.transaction.TransactionSynchronizationRegistry transactions;

        @Inject
        id.portaldesa.village.VillageClock clocks;

        private final id.portaldesa.village.KeptReadings readings = new id.portaldesa.village.KeptReadings(4000);

        private final jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create();

        String of(long villageId, java.util.function.Supplier<MetricsJson> figures) {
            return readings.read(
                    villageId,
                    "metrics-json:" + id.portaldesa.platform.metrics.VillageMetrics.freshness(clocks.of(villageId)),
                    revisions,
                    transactions,
                    () -> jsonb.toJson(figures.get()));
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The village's service figures of its last twelve months, in total and per month")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
            responseCode = "200",
            description = "The figures",
            content =
                    @org.eclipse.microprofile.openapi.annotations.media.Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MetricsJson.class)))
    public jakarta.ws.rs.core.Response figures() {
        var v = village.require();
        return jakarta.ws.rs.core.Response.ok(kept.of(v.id(), () -> build(v)), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private MetricsJson build(id.portaldesa.village.VillageRef v) {
        VillageFigures f = metrics.of(v.id());
        List<MonthJson> months = new ArrayList<>();
        for (int i = 0; i < f.months().size(); i++) {
            months.add(new MonthJson(
                    f.months().get(i).toString(),
                    FiguresJson.of(f.letters().get(i)),
                    FiguresJson.of(f.complaints().get(i)),
                    FiguresJson.of(f.aspirations().get(i))));
        }
        return new MetricsJson(
                v.slug(),
                v.timeZone().name(),
                FiguresJson.of(f.lettersTotal()),
                FiguresJson.of(f.complaintsTotal()),
                FiguresJson.of(f.aspirationsTotal()),
                f.letterTypes().stream()
                        .map(k -> new LetterTypeJson(k.code(), FiguresJson.of(k.figures())))
                        .toList(),
                months);
    }
}
