package id.portaldesa.site.web;

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
import java.util.Optional;

/**
 * The village's logo at {@code /<slug>/public/site/logo.png?v=<version>}. Pages link it with the
 * version of the current logo, so browsers may keep it for a year: a new logo has a new address.
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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The stored logo decides, not the village snapshot: right after a change the snapshot may
        // still name the previous version, and a year-long cache must never keep the wrong picture.
        Optional<VillageLogo> logo = village.isPresent() ? logos.current() : Optional.empty();
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String version = logo.get().getFingerprint();
        String etag = "\"" + version + "\"";
        response.setHeader("ETag", etag);
        response.setHeader(
                "Cache-Control",
                version.equals(request.getParameter(VERSION_PARAMETER))
                        ? "public, max-age=31536000, immutable"
                        : "public, no-cache");
        if (HttpValidators.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] png = logo.get().getPng();
        // web.xml gives every answer UTF-8; a picture has no charset.
        response.setCharacterEncoding((String) null);
        response.setContentType("image/png");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
