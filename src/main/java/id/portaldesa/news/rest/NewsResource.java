package id.portaldesa.news.rest;

import id.portaldesa.news.ArticleCard;
import id.portaldesa.news.ArticleView;
import id.portaldesa.news.PublishedNews;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /<slug>/api/v1/berita} and {@code /berita/{slug}}: the village's published articles as
 * JSON, newest first. Drafts, articles scheduled for later and other villages' articles answer like
 * ones that do not exist (404 with a JSON body); an article's old address answers 301 to its current one.
 */
@Path("/v1/berita")
@RequestScoped
@Tag(name = "Berita", description = "The village's published news")
@Produces(MediaType.APPLICATION_JSON)
public class NewsResource {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    /** A page number past this asks for nothing a village has. */
    static final int MAX_PAGE = 10_000;

    /** An article in a list. */
    public record ArticleSummaryJson(
            String slug,
            String title,
            String summary,
            String category,
            Instant published,
            Instant updated,
            String url) {}

    /** One page of articles. */
    public record ArticlePageJson(List<ArticleSummaryJson> items, long total, int hal, int ukuran) {}

    /** One article with its text: {@code html} is sanitised; {@code text} is plain. */
    public record ArticleJson(
            String slug,
            String title,
            String summary,
            String category,
            String author,
            Instant published,
            Instant updated,
            String url,
            String html,
            String text) {}

    /** What a refused request gets. */
    public record ErrorJson(int status, String error) {}

    @Inject
    CurrentVillage village;

    @Inject
    PublishedNews news;

    @Inject
    VillageLinks links;

    @Inject
    HttpServletRequest request;

    @GET
    @Operation(summary = "Published articles, newest first, one page at a time")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticlePageJson.class)))
    @APIResponse(responseCode = "400", description = "hal or ukuran out of range")
    public Response list(
            @Parameter(description = "Page number, from 1") @QueryParam("hal") Integer hal,
            @Parameter(description = "Articles per page, 1 to 50 (default 10)") @QueryParam("ukuran") Integer ukuran) {
        int page = hal == null ? 1 : hal;
        int size = ukuran == null ? DEFAULT_SIZE : ukuran;
        if (page < 1 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            return error(Response.Status.BAD_REQUEST, "hal must be 1 or more, ukuran between 1 and " + MAX_SIZE);
        }
        VillageRef v = village.require();
        Slice<ArticleCard> slice = news.page(
                v.id(), null, new PageRequest((page - 1) * size, size, Optional.empty(), true, Optional.empty()));
        List<ArticleSummaryJson> items = slice.items().stream()
                .map(c -> new ArticleSummaryJson(
                        c.slug(), c.title(), c.excerpt(), c.categoryName(), c.publishedAt(), c.updatedAt(), url(v, c)))
                .toList();
        return Response.ok(new ArticlePageJson(items, slice.total(), page, size))
                .build();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One published article by its address (slug), with its text")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "301", description = "An old address of the article: Location names the current one")
    @APIResponse(responseCode = "404", description = "No published article of this village has this address")
    public Response article(@PathParam("slug") String slug) {
        VillageRef v = village.require();
        Optional<ArticleView> found = news.article(v.id(), slug);
        if (found.isEmpty()) {
            Optional<String> current = news.currentSlug(v.id(), slug);
            if (current.isPresent()) {
                // The address the visitor asked for (before the village's forward), with the new slug.
                Object asked = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
                String path = (asked != null ? asked.toString() : request.getRequestURI()).replaceFirst("[^/]+$", "");
                return Response.status(Response.Status.MOVED_PERMANENTLY)
                        .header("Location", path + current.get())
                        .build();
            }
            return error(Response.Status.NOT_FOUND, "not found");
        }
        ArticleView a = found.get();
        ArticleCard c = a.card();
        return Response.ok(new ArticleJson(
                        c.slug(),
                        c.title(),
                        c.excerpt(),
                        c.categoryName(),
                        a.authorName(),
                        c.publishedAt(),
                        c.updatedAt(),
                        url(v, c),
                        a.bodyHtml(),
                        a.bodyText()))
                .build();
    }

    private String url(VillageRef v, ArticleCard c) {
        return links.page(v, "/public/news/article.xhtml", "judul", c.slug());
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ErrorJson(status.getStatusCode(), message))
                .build();
    }
}
