package id.portaldesa.platform.metrics.rest;

import id.portaldesa.platform.metrics.MetricsRebuild;
import id.portaldesa.platform.metrics.RegencyMetrics;
import id.portaldesa.platform.metrics.VillageRow;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The regency dashboard's figures on the platform host ({@code /api/v1/wilayah/kinerja}): the
 * villages of the caller's region (VIEW_REGENCY; the portal's session cookie authenticates), one
 * month, sorted and paged like the dashboard, with district roll-ups and adoption. Anyone without
 * the permission, and any address inside a village, gets 404 with a JSON body, as a missing thing
 * does. {@code POST …/bangun-ulang} (a JSON body, {@code {}}) rebuilds every figure from the recorded
 * state changes (platform admins).
 */
@Path("/v1/wilayah/kinerja")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regency service performance", description = "The villages of a region side by side (platform host)")
public class RegencyMetricsResource {

    public record VillageJson(
            String code,
            String name,
            String slug,
            String district,
            int lettersReceived,
            int lettersIssued,
            Long lettersMedianSeconds,
            Long lettersP90Seconds,
            Long lettersMedianNetSeconds,
            Long lettersChangePercent,
            int complaintsReceived,
            int complaintsResolved,
            Long complaintsMedianFirstResponseSeconds,
            Long complaintsWithinTargetPercent,
            Long complaintsChangePercent,
            long complaintsOverdue,
            int aspirationsReceived,
            int aspirationsAnswered,
            int aspirationsAccepted) {

        static VillageJson of(VillageRow r) {
            return new VillageJson(
                    r.getCode(),
                    r.getName(),
                    r.getSlug(),
                    r.getDistrictName(),
                    r.getLettersReceived(),
                    r.getLettersIssued(),
                    r.getLettersMedian(),
                    r.getLettersP90(),
                    r.getLettersMedianNet(),
                    r.getLettersChange(),
                    r.getComplaintsReceived(),
                    r.getComplaintsResolved(),
                    r.getFirstResponse(),
                    r.getWithinTarget(),
                    r.getComplaintsChange(),
                    r.getOverdue(),
                    r.getAspirationsReceived(),
                    r.getAspirationsAnswered(),
                    r.getAspirationsAccepted());
        }
    }

    public record PageJson(
            String month,
            List<VillageJson> items,
            long total,
            int page,
            int size,
            List<RegencyMetrics.DistrictRow> districts,
            RegencyMetrics.Adoption adoption) {}

    /**
     * {@code bulan}: a four-digit year and the month, at most next month. {@link YearMonth#parse} alone
     * also takes {@code +999999999-12}, whose next month and instants overflow (a 500, not a 400).
     */
    static final java.time.format.DateTimeFormatter MONTH = new java.time.format.DateTimeFormatterBuilder()
            .appendValue(java.time.temporal.ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(java.time.temporal.ChronoField.MONTH_OF_YEAR, 2)
            .toFormatter();

    @Inject
    RegencyMetrics metrics;

    @Inject
    MetricsRebuild rebuild;

    @Inject
    CurrentVillage village;

    @GET
    @Operation(
            summary = "The region's villages side by side for one month, sorted and paged, with districts and adoption")
    @APIResponse(responseCode = "200", description = "A page of villages")
    @APIResponse(responseCode = "404", description = "No VIEW_REGENCY permission (or inside a village's address)")
    public Response villages(
            @Parameter(description = "Month yyyy-MM (each village's own); default this month") @QueryParam("bulan")
                    String month,
            @Parameter(
                            description =
                                    "Sort key: name, districtName, lettersReceived, lettersMedian, withinTarget, overdue …")
                    @QueryParam("urut")
                    @DefaultValue("name")
                    String sort,
            @Parameter(description = "asc or desc") @QueryParam("arah") @DefaultValue("asc") String direction,
            @Parameter(description = "true: only villages with no activity in the month")
                    @QueryParam("sepi")
                    @DefaultValue("false")
                    boolean inactive,
            @Parameter(description = "Page, from 1") @QueryParam("hal") @DefaultValue("1") int page,
            @Parameter(description = "Rows per page, 1 to 100") @QueryParam("ukuran") @DefaultValue("20") int size) {
        if (village.get().isPresent() || metrics.scope().isEmpty()) {
            return notFound();
        }
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? metrics.currentMonth() : YearMonth.parse(month.strip(), MONTH);
            if (m.isAfter(metrics.currentMonth().plusMonths(1))) {
                // Nothing has figures yet (next month: already begun in WIT while WIB is in this one).
                throw new DateTimeParseException("a month to come", month, 0);
            }
        } catch (DateTimeParseException e) {
            return Response.status(400)
                    .entity(Map.of("error", "bulan: yyyy-MM"))
                    .build();
        }
        int rows = Math.max(1, Math.min(PageRequest.MAX_SIZE, size));
        int current = Math.max(1, page);
        java.util.OptionalInt first = first(current, rows);
        if (first.isEmpty()) {
            return Response.status(400)
                    .entity(Map.of("error", "hal: 1.." + MAX_PAGE))
                    .build();
        }
        PageRequest request = new PageRequest(
                first.getAsInt(), rows, Optional.of(sort), !"desc".equalsIgnoreCase(direction), Optional.empty());
        Slice<VillageRow> slice =
                metrics.villages(request, m, inactive ? RegencyMetrics.Show.INACTIVE : RegencyMetrics.Show.ALL);
        return Response.ok(new PageJson(
                        m.toString(),
                        slice.items().stream().map(VillageJson::of).toList(),
                        slice.total(),
                        current,
                        rows,
                        metrics.districts(m),
                        metrics.adoption(m)))
                .build();
    }

    /** Pages past this ask for more villages than the country has (83,762) even at one a page. */
    static final int MAX_PAGE = 100_000;

    /**
     * The first row of a page (from 1); empty past {@link #MAX_PAGE}, a 400: the JPA provider asks the
     * driver for first row plus page size rows, which MariaDB's refuses above 50,000,000 (a 500), and
     * {@code (hal - 1) * ukuran} in int overflowed to a negative row, read as the first page.
     */
    static java.util.OptionalInt first(int page, int rows) {
        if (page > MAX_PAGE) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of((Math.max(1, page) - 1) * rows);
    }

    @POST
    @Path("/bangun-ulang")
    // JSON only: a form on another site cannot send it without a CORS preflight, which this API never
    // answers, so a platform admin's session cannot be made to start a rebuild from elsewhere.
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Starts rebuilding every service figure from the recorded state changes, village by village,"
                    + " as a background job (platform admins); its status is at the address in Location")
    @APIResponse(responseCode = "202", description = "Started: the job's status, its address in Location")
    @APIResponse(responseCode = "409", description = "A rebuild is running already: its status")
    @APIResponse(responseCode = "404", description = "Not a platform admin")
    public Response rebuildAll(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        if (village.get().isPresent()) {
            return notFound();
        }
        try {
            Optional<MetricsRebuild.Status> started = rebuild.start();
            if (started.isEmpty()) {
                return Response.status(409)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(rebuild.status().orElseThrow())
                        .build();
            }
            return Response.accepted(started.get())
                    .type(MediaType.APPLICATION_JSON)
                    .location(uri.getAbsolutePath())
                    .build();
        } catch (NotFoundException e) {
            return notFound();
        }
    }

    @GET
    @Path("/bangun-ulang")
    @Operation(summary = "The running or last rebuild: state, villages done, changes folded, failed village ids")
    @APIResponse(responseCode = "200", description = "The rebuild's status")
    @APIResponse(responseCode = "404", description = "Not a platform admin, or no rebuild since the start")
    public Response rebuildStatus() {
        if (village.get().isPresent()) {
            return notFound();
        }
        try {
            return rebuild.status().map(s -> Response.ok(s).build()).orElseGet(RegencyMetricsResource::notFound);
        } catch (NotFoundException e) {
            return notFound();
        }
    }

    private static Response notFound() {
        return Response.status(404)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "not found"))
                .build();
    }
}
