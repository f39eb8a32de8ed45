package id.portaldesa.site.web;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.shared.web.HttpValidators;
import id.portaldesa.site.LogoService;
import id.portaldesa.site.VillageLogo;
import id.portaldesa.village.CurrentVillage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The village's logo at its first address, {@code /<slug>/public/site/logo.png?v=<version>}: what
 * letterheads and other features link ({@code VillageBranding}), and what pages linked before the logo
 * became a media image (they now link the media's own address). It answers with the logo's largest
 * variant (PNG, or JPEG for a logo without transparency), or with a logo stored before media existed
 * until that is moved onto media. With the current version the answer may be kept for a year: a new
 * logo has a new version.
 */
@WebServlet(LogoServlet.PATH)
public class LogoServlet extends HttpServlet {

    public static final String PATH = "/public/site/logo.png";
    static final String VERSION_PARAMETER = "v";

    /** The logo's address within its village, for one version of it. */
    public static String pathFor(String version) {
        return PATH + "?" + VERSION_PARAMETER + "=" + version;
    }

    @Inject
    CurrentVillage village;

    @Inject
    LogoService logos;

    @Inject
    MediaService media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The stored logo decides, not the village snapshot: right after a change the snapshot may
        // still name the previous version, and a year-long cache must never keep the wrong picture.
        if (!village.isPresent()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<MediaRef> logo = logos.current();
        if (logo.isPresent()) {
            MediaRef ref = logo.get();
            if (!cacheHeaders(ref.version(), request, response)) {
                try (InputStream in = media.open(ref, LogoService.SIDE)) {
                    send(in.readAllBytes(), ref.contentType(), response);
                }
            }
            return;
        }
        Optional<VillageLogo> old = logos.legacy();
        if (old.isPresent()) {
            if (!cacheHeaders(old.get().getFingerprint(), request, response)) {
                send(old.get().getPng(), "image/png", response);
            }
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** Sets ETag and caching; true when the browser's copy is current (304 sent). */
    private static boolean cacheHeaders(String version, HttpServletRequest request, HttpServletResponse response) {
        String etag = "\"" + version + "\"";
        response.setHeader("ETag", etag);
        response.setHeader(
                "Cache-Control",
                version.equals(request.getParameter(VERSION_PARAMETER))
                        ? "public, max-age=31536000, immutable"
                        : "public, no-cache");
        if (HttpValidators.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    private static void send(byte[] picture, String contentType, HttpServletResponse response) throws IOException {
        // web.xml gives every answer UTF-8; a picture has no charset.
        response.setCharacterEncoding((String) null);
        response.setContentType(contentType);
        response.setContentLength(picture.length);
        response.getOutputStream().write(picture);
    }
}
