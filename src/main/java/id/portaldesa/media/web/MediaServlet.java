package id.portaldesa.media.web;

import id.portaldesa.media.FileNames;
import id.portaldesa.media.MediaFiles;
import id.portaldesa.media.MediaKind;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.shared.web.HttpValidators;
import id.portaldesa.village.CurrentVillage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public media of the request's village, at the addresses {@link MediaLinks} makes: {@code
 * /public/media/<id>/<width>.<jpg|png>} and {@code /public/media/<id>/berkas.pdf}, within a village
 * ({@code /kungkai/public/media/…} or on its own domain). A private media, another village's, an
 * unknown id or width all answer the same 404. The version in the query is the file's: an address with
 * the current one may be kept for a year ({@code immutable}); without it, browsers ask again
 * ({@code no-cache}, with the ETag). Documents are offered as downloads under their cleaned name,
 * never shown inline.
 */
@WebServlet(MediaServlet.PATH + "*")
public class MediaServlet extends HttpServlet {

    public static final String PATH = "/public/media/";
    static final String DOCUMENT_FILE = "berkas";
    static final String VERSION_PARAMETER = "v";
    static final String FOREVER = "public, max-age=31536000, immutable";

    private static final Pattern ADDRESS =
            Pattern.compile("/([1-9][0-9]{0,17})/(?:([1-9][0-9]{0,4})\\.(jpg|png)|" + DOCUMENT_FILE + "\\.(pdf))");

    @Inject
    CurrentVillage village;

    @Inject
    MediaService media;

    @Inject
    MediaFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        Matcher address = info == null ? null : ADDRESS.matcher(info);
        if (address == null || !address.matches() || !village.isPresent()) {
            notFound(response);
            return;
        }
        Optional<MediaRef> found = media.findPublic(Long.parseLong(address.group(1)));
        boolean image = address.group(2) != null;
        int width = image ? Integer.parseInt(address.group(2)) : 0;
        String extension = image ? address.group(3) : address.group(4);
        Optional<MediaRef> ref = found.filter(r -> r.extension().equals(extension))
                .filter(r -> image
                        ? r.kind() == MediaKind.IMAGE && r.widths().contains(width)
                        : r.kind() == MediaKind.DOCUMENT);
        if (ref.isEmpty()) {
            notFound(response);
            return;
        }
        send(ref.get(), width, request, response);
    }

    private void send(MediaRef ref, int width, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Path file = files.fileOf(ref, width);
        long length;
        try {
            length = Files.size(file);
        } catch (NoSuchFileException e) {
            log("The files of media " + ref.id() + " are missing");
            notFound(response);
            return;
        }
        String etag = "\"" + ref.version() + "-" + width + "\"";
        response.setHeader("ETag", etag);
        response.setHeader(
                "Cache-Control",
                ref.version().equals(request.getParameter(VERSION_PARAMETER)) ? FOREVER : "public, no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!ref.isImage()) {
            // A document never runs anything on the portal's origin, whatever it holds.
            response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
            response.setHeader("Content-Disposition", FileNames.attachment(ref.fileName()));
        }
        if (HttpValidators.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // web.xml gives every answer UTF-8; a picture has no charset.
        response.setCharacterEncoding((String) null);
        response.setContentType(ref.contentType());
        response.setContentLengthLong(length);
        try (InputStream in = Files.newInputStream(file);
                OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setHeader("Cache-Control", "no-cache");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("404");
    }
}
