package id.portaldesa.participation.web;

import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Addresses of private participation photos ({@link ComplaintPhotoServlet}) in the village of the
 * request: complaints', and aspirations' before they are published.
 */
@Named("complaintPhotos")
@RequestScoped
public class ComplaintPhotos {

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentVillage village;

    /** For the office. */
    public String office(long complaintId, long mediaId) {
        return base() + "/" + complaintId + "/" + mediaId;
    }

    /** An aspiration's photo, for the office (private until the aspiration is published). */
    public String aspiration(long aspirationId, long mediaId) {
        return base() + "/" + ComplaintPhotoServlet.ASPIRATION + "/" + aspirationId + "/" + mediaId;
    }

    /** For the holder of the tracking link. */
    public String tracked(long complaintId, long mediaId, String token) {
        return office(complaintId, mediaId) + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private String base() {
        return request.getContextPath() + village.getPathPrefix() + ComplaintPhotoServlet.PATH;
    }
}
