package id.portaldesa.participation.rest;

import id.portaldesa.participation.ApiKeys;
import id.portaldesa.participation.Category;
import id.portaldesa.participation.Complaint;
import id.portaldesa.participation.ComplaintDraft;
import id.portaldesa.participation.ComplaintService;
import id.portaldesa.participation.ComplaintState;
import id.portaldesa.participation.Labels;
import id.portaldesa.participation.Open311Requests;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.i18n.Language;
import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.shared.ratelimit.RateLimitExceededException;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageClock;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open311 GeoReport v2 for the village's complaints ({@code /<slug>/open311/v2/...}, or on the
 * village's domain), every method in {@code .json} and {@code .xml}, errors as the specification's
 * {@code [{"code":…,"description":…}]}. The village is the request's (TenantFilter); a {@code
 * jurisdiction_id}, where given, must name the same village (its slug, code or domain) and is never
 * used to choose one. Without the village's API key only its published "problem solved" stories are
 * service requests; with it, all its confirmed complaints (never a contact). A POST needs a key and
 * an email address, which is confirmed like the web form's before the complaint enters the queue:
 * its answer is a token (the service type is {@code batch}), which {@code tokens/<token>} turns into
 * the request's id once confirmed.
 */
@Path("/open311/v2")
@RequestScoped
@Tag(name = "Open311 GeoReport v2", description = "A village's complaints as GeoReport v2 service requests")
public class Open311Resource {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final String FORMAT = "{format: json|xml}";

    @Inject
    CurrentVillage village;

    @Inject
    Labels labels;

    @Inject
    ApiKeys keys;

    @Inject
    Open311Requests requests;

    @Inject
    ComplaintService complaints;

    @Inject
    VillageClock villageClock;

    @Inject
    VillageLinks links;

    /** A refusal in the specification's shape: an HTTP status and a description. */
    static final class Refusal extends RuntimeException {
        final int status;

        Refusal(int status, String description) {
            super(description, null, false, false);
            this.status = status;
        }
    }

    @GET
    @Path("discovery." + FORMAT)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
    @Operation(summary = "Service discovery: where the village's GeoReport v2 endpoint is and its formats")
    public Response discovery(@PathParam("format") String format) {
        return run(format, "discovery", () -> {
            VillageRef v = village.require();
            Map<String, Object> endpoint = new LinkedHashMap<>();
            endpoint.put("specification", SPECIFICATION);
            endpoint.put("url", links.siteOf(v) + "/open311/v2");
            endpoint.put("changeset", "2026-12-01T00:00:00Z");
            endpoint.put("type", "production");
            endpoint.put("formats", List.of("text/xml", "application/json"));
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("changeset", "2026-12-01T00:00:00Z");
            d.put("contact", text("participation.open311.contact", v.name()));
            d.put("key_service", text("participation.open311.keyService", v.name()));
            d.put("endpoints", List.of(endpoint));
            return d;
        });
    }

    @GET
    @Path("services." + FORMAT)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
    @Operation(summary = "The complaint categories of the village as GeoReport v2 services")
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        return run(format, "services", () -> {
            sameVillage(jurisdiction);
            List<Map<String, Object>> all = new ArrayList<>();
            for (Category c : Category.values()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("service_code", c.name());
                s.put("service_name", label(c));
                s.put("description", text("participation.open311.service", label(c)));
                s.put("metadata", true);
                s.put("type", "batch");
                s.put("keywords", label(c));
                s.put("group", "pengaduan");
                all.add(s);
            }
            return all;
        });
    }

    @GET
    @Path("services/{code}." + FORMAT)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
    @Operation(summary = "A service's definition: the attributes a request may give")
    public Response definition(
            @PathParam("code") String code,
            @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction) {
        return run(format, "service_definition", () -> {
            sameVillage(jurisdiction);
            Category c = category(code, 404);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("service_code", c.name());
            d.put(
                    "attributes",
                    List.of(
                            yesNo("anonymous", 1, text("participation.open311.attribute.anonymous")),
                            yesNo("story_consent", 2, text("participation.open311.attribute.storyConsent"))));
            return d;
        });
    }

    @POST
    @Path("requests." + FORMAT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
    @Operation(
            summary = "Files a complaint (api_key required; the email address is confirmed before it enters the"
                    + " queue; answers a token)")
    public Response create(@PathParam("format") String format, @Context HttpServletRequest request) {
        // The servlet has read the form already (filters ask for parameters before JAX-RS runs).
        Form form = new Form(request);
        return run(format, "service_requests", () -> {
            sameVillage(form.getFirst("jurisdiction_id"));
            if (!keys.opens(form.getFirst("api_key"))) {
                throw new Refusal(403, text("participation.open311.key"));
            }
            String code = form.getFirst("service_code");
            if (blank(code)) {
                throw new Refusal(400, text("participation.open311.serviceCode.missing"));
            }
            Category c = category(code, 404);
            String email = form.getFirst("email");
            if (blank(email)) {
                throw new Refusal(400, text("participation.open311.email"));
            }
            BigDecimal lat = number(form.getFirst("lat"));
            BigDecimal lon = number(form.getFirst("long"));
            if ((lat == null) != (lon == null)) {
                throw new Refusal(400, text("participation.open311.location"));
            }
            String name = String.join(
                            " ",
                            blank(form.getFirst("first_name")) ? "" : form.getFirst("first_name"),
                            blank(form.getFirst("last_name")) ? "" : form.getFirst("last_name"))
                    .strip();
            ComplaintService.Filed filed = complaints.file(
                    new ComplaintDraft(
                            c,
                            form.getFirst("description"),
                            form.getFirst("address_string"),
                            lat,
                            lon,
                            "true".equalsIgnoreCase(form.getFirst("attribute[anonymous]")),
                            "true".equalsIgnoreCase(form.getFirst("attribute[story_consent]"))),
                    name.isEmpty() ? email.strip() : name,
                    email,
                    null,
                    List.of(),
                    "open311");
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("token", filed.token());
            r.put("service_notice", text("participation.open311.notice", filed.reference()));
            r.put("account_id", null);
            return List.of(r);
        });
    }

    @GET
    @Path("requests." + FORMAT)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
    @Operation(
            summary = "Service requests: without api_key the published 'problem solved' stories, with the village's"
                    + " key its complaints; at most 1,000")
    public Response list(
            @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction,
            @QueryParam("api_key") String apiKey,
            @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String codes,
            @QueryParam("start_date") String start,
            @QueryParam("end_date") String end,
            @QueryParam("status") String status) {
        return run(format, "service_requests", () -> {
            sameVillage(jurisdiction);
            boolean keyed = keyed(apiKey);
            Set<Category> categories = EnumSet.noneOf(Category.class);
            for (String code : split(codes)) {
                categories.add(category(code, 400));
            }
            Boolean open = null;
            List<String> statuses = split(status);
            if (!statuses.isEmpty()) {
                if (!List.of("open", "closed").containsAll(statuses)) {
                    throw new Refusal(400, text("participation.open311.status"));
                }
                open = statuses.contains("open") && statuses.contains("closed") ? null : statuses.contains("open");
            }
            List<Long> wanted = new ArrayList<>();
            for (String id : split(ids)) {
                wanted.add(requestId(id, 400));
            }
            return rows(
                    requests.find(new Open311Requests.Query(wanted, categories, date(start), date(end), open), keyed),
                    keyed);
        });
    }

    @GET
    @Path("requests/{id}." + FORMAT)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
    @Operation(summary = "One service request (the same visibility as the list)")
    public Response one(
            @PathParam("id") String id,
            @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction,
            @QueryParam("api_key") String apiKey) {
        return run(format, "service_requests", () -> {
            sameVillage(jurisdiction);
            boolean keyed = keyed(apiKey);
            List<Map<String, Object>> found = rows(
                    requests.find(
                            new Open311Requests.Query(List.of(requestId(id, 404)), null, null, null, null), keyed),
                    keyed);
            if (found.isEmpty()) {
                throw new Refusal(404, text("participation.open311.notFound"));
            }
            return found;
        });
    }

    @GET
    @Path("tokens/{token}." + FORMAT)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
    @Operation(summary = "The service request id of a token, once its email address is confirmed")
    public Response token(
            @PathParam("token") String token,
            @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction) {
        return run(format, "service_requests", () -> {
            sameVillage(jurisdiction);
            Map<String, Object> r = new LinkedHashMap<>();
            complaints.requestIdOf(token).ifPresent(id -> r.put("service_request_id", id));
            r.put("token", token);
            return List.of(r);
        });
    }

    /** The posted form's fields, first value each. */
    record Form(HttpServletRequest request) {
        String getFirst(String name) {
            return request.getParameter(name);
        }
    }

    // --- the answers' parts ---

    private List<Map<String, Object>> rows(List<Complaint> found, boolean keyed) {
        VillageRef v = village.require();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Complaint c : found) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("service_request_id", c.getId());
            r.put("status", c.getState().isOpen() ? "open" : "closed");
            r.put("status_notes", null);
            r.put("service_name", label(c.getCategory()));
            r.put("service_code", c.getCategory().name());
            r.put("description", keyed ? c.getDescription() : c.getStoryTitle() + "\n\n" + c.getStoryText());
            r.put("agency_responsible", v.name());
            r.put("service_notice", null);
            r.put("requested_datetime", w3(c.getCreatedAt()));
            r.put(
                    "updated_datetime",
                    w3(
                            c.getState() == ComplaintState.RESOLVED && c.getResolvedAt() != null
                                    ? c.getResolvedAt()
                                    : c.getUpdatedAt()));
            r.put("expected_datetime", keyed ? w3(c.getDueAt()) : null);
            r.put("address", keyed ? c.getLocation() : null);
            r.put("address_id", null);
            r.put("zipcode", null);
            r.put("lat", keyed ? c.getLatitude() : null);
            r.put("long", keyed ? c.getLongitude() : null);
            r.put("media_url", null);
            out.add(r);
        }
        return out;
    }

    private Map<String, Object> yesNo(String code, int order, String description) {
        Map<String, Object> yes = new LinkedHashMap<>();
        yes.put("key", "true");
        yes.put("name", text("participation.open311.yes"));
        Map<String, Object> no = new LinkedHashMap<>();
        no.put("key", "false");
        no.put("name", text("participation.open311.no"));
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("variable", true);
        a.put("code", code);
        a.put("datatype", "singlevaluelist");
        a.put("required", false);
        a.put("datatype_description", null);
        a.put("order", order);
        a.put("description", description);
        a.put("values", List.of(yes, no));
        return a;
    }

    private Response run(String format, String root, Supplier<Object> body) {
        try {
            return GeoReportFormat.answer(200, format, root, body.get());
        } catch (Refusal r) {
            return error(format, r.status, r.getMessage());
        } catch (RateLimitExceededException e) {
            return error(format, 429, text(e.getMessageKey(), e.getArguments()));
        } catch (NotFoundException e) {
            return error(format, 404, text("participation.open311.notFound"));
        } catch (BusinessException e) {
            return error(format, 400, text(e.getMessageKey(), e.getArguments()));
        }
    }

    private static Response error(String format, int status, String description) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("code", status);
        e.put("description", description);
        return GeoReportFormat.answer(status, format, "errors", List.of(e));
    }

    private void sameVillage(String jurisdiction) {
        if (blank(jurisdiction)) {
            return;
        }
        VillageRef v = village.require();
        String j = jurisdiction.strip().toLowerCase(Locale.ROOT);
        if (!j.equals(v.slug()) && !j.equals(v.code()) && (v.primaryHost() == null || !j.equals(v.primaryHost()))) {
            throw new Refusal(404, text("participation.open311.jurisdiction"));
        }
    }

    private boolean keyed(String apiKey) {
        if (blank(apiKey)) {
            return false;
        }
        if (!keys.opens(apiKey)) {
            throw new Refusal(403, text("participation.open311.key"));
        }
        return true;
    }

    private Category category(String code, int status) {
        return Category.parse(code == null ? null : code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new Refusal(status, text("participation.open311.serviceCode.unknown")));
    }

    private long requestId(String id, int status) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(status, text("participation.open311.notFound"));
        }
    }

    private Instant date(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Refusal(400, text("participation.open311.date"));
        }
    }

    private static BigDecimal number(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(400, Messages.get(Language.ID.locale(), "participation.open311.location"));
        }
    }

    private String w3(Instant at) {
        return at == null
                ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS)
                        .atZone(villageClock.current().zone())
                        .toOffsetDateTime());
    }

    private String label(Category c) {
        return labels.category(village.id(), c, Language.ID.locale());
    }

    private static String text(String key, Object... arguments) {
        return Messages.get(Language.ID.locale(), key, arguments);
    }

    private static List<String> split(String value) {
        return blank(value)
                ? List.of()
                : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
