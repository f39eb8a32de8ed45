package id.portaldesa.it.container;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.MediaVisibility;
import id.portaldesa.media.Upload;
import id.portaldesa.media.web.MediaLinks;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /_it/media?village=<id>&kind=image|document&visibility=PUBLIC|PRIVATE&name=<file name>}
 * with the file as the body: stores it in that village through {@link MediaService}, as a fresh admin
 * of the village, and answers the media as JSON with its address within the village ({@code path}).
 * For HTTP tests of serving media (features have no upload page of their own yet). Test WAR only,
 * like {@link FreshVillageServlet}.
 */
@WebServlet(MediaFixtureServlet.PATH)
public class MediaFixtureServlet extends HttpServlet {

    public static final String PATH = "/_it/media";

    @Inject
    Fixtures fixtures;

    @Inject
    VillageDirectory directory;

    @Inject
    MediaService media;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        VillageRef village =
                directory.byId(Long.parseLong(request.getParameter("village"))).orElseThrow();
        fixtures.actAsAdminOf(village);
        Upload upload = new Upload(
                request.getParameter("name"), request.getInputStream().readAllBytes());
        MediaVisibility visibility = MediaVisibility.valueOf(request.getParameter("visibility"));
        MediaRef ref = "document".equals(request.getParameter("kind"))
                ? media.storeDocument(upload, visibility)
                : media.storeImage(upload, visibility);
        JsonArrayBuilder widths = Json.createArrayBuilder();
        ref.widths().forEach(widths::add);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("id", ref.id())
                        .add("version", ref.version())
                        .add("contentType", ref.contentType())
                        .add("width", ref.width())
                        .add("widths", widths)
                        .add("path", MediaLinks.path(ref, ref.isImage() ? ref.width() : 0))
                        .build()
                        .toString());
    }
}
