package id.portaldesa.participation.web;

import id.portaldesa.media.MediaRef;
import id.portaldesa.participation.AspirationService;
import id.portaldesa.participation.ComplaintService;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.village.CurrentVillage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * A complaint's photo, {@code foto/<complaint id>/<media id>}: private media, served only after the
 * complaint's own check, to the staff who answer complaints or (with {@code ?token=}) to the holder
 * of the tracking link. An aspiration's photo, {@code foto/aspirasi/<aspiration id>/<media id>},
 * to the staff who moderate or answer (its photos are private until it is published). Never cached by anyone; everything else (another village's id, a wrong
 * token, a photo of another complaint) is the same 404.
 */
@WebServlet(ComplaintPhotoServlet.PATH + "/*")
public class ComplaintPhotoServlet extends HttpServlet {

    public static final String PATH = "/public/participation/foto";
    static final String ASPIRATION = "aspirasi";
    static final int WIDTH = 1280;

    @Inject
    CurrentVillage village;

    @Inject
    ComplaintService complaints;

    @Inject
    AspirationService aspirations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        String[] parts = request.getPathInfo() == null
                ? new String[0]
                : request.getPathInfo().split("/");
        try {
            if (!village.isPresent()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (parts.length == 4 && ASPIRATION.equals(parts[1])) {
                long aspiration = Long.parseLong(parts[2]);
                MediaRef ref = aspirations.officePhoto(aspiration, Long.parseLong(parts[3]));
                send(ref, aspirations.open(ref, WIDTH), response);
            } else if (parts.length == 3) {
                MediaRef ref = complaints.photo(
                        Long.parseLong(parts[1]), Long.parseLong(parts[2]), request.getParameter("token"));
                send(ref, complaints.open(ref, WIDTH), response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (BusinessException | NumberFormatException refused) {
            // NotFoundException included; a rate-limit refusal also answers nothing more.
            if (!response.isCommitted()) {
                response.reset();
                response.setHeader("Cache-Control", "private, no-store");
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    private static void send(MediaRef ref, InputStream bytes, HttpServletResponse response) throws IOException {
        try (InputStream in = bytes) {
            response.setContentType(ref.contentType());
            in.transferTo(response.getOutputStream());
        }
    }
}
