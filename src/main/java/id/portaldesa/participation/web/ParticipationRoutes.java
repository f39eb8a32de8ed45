package id.portaldesa.participation.web;

import static id.portaldesa.shared.security.Permission.MODERATE_PARTICIPATION;
import static id.portaldesa.shared.security.Permission.OPEN_OFFICE;
import static id.portaldesa.shared.security.Permission.USE_RESIDENT_SERVICES;
import static id.portaldesa.shared.web.Access.ANYONE;
import static id.portaldesa.shared.web.Access.needs;

import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Participation's addresses: public aspirations under {@code /aspirasi}, a resident's under {@code
 * /aspirasi/kirim} and {@code /aspirasi/saya}, the office's under {@code /kantor/aspirasi}. Office
 * pages open for staff (OPEN_OFFICE); their service answers "not found" to staff who neither moderate
 * nor answer.
 */
@ApplicationScoped
public class ParticipationRoutes implements RouteSource {

    public static final String ASPIRATIONS = "/public/participation/aspirations.xhtml";
    public static final String ASPIRATION = "/public/participation/aspiration.xhtml";
    public static final String SUBMIT = "/resident/participation/submit.xhtml";
    public static final String MINE = "/resident/participation/mine.xhtml";
    public static final String OFFICE_ASPIRATIONS = "/office/participation/aspirations.xhtml";
    public static final String OFFICE_ASPIRATION = "/office/participation/aspiration.xhtml";
    public static final String SETTINGS = "/office/participation/settings.xhtml";
    public static final String FILE = "/public/participation/file.xhtml";
    public static final String CONFIRM = "/public/participation/confirm.xhtml";
    public static final String TRACK = "/public/participation/track.xhtml";
    public static final String STORIES = "/public/participation/stories.xhtml";
    public static final String API_KEYS = "/office/participation/keys.xhtml";
    public static final String OFFICE_COMPLAINTS = "/office/participation/complaints.xhtml";
    public static final String OFFICE_COMPLAINT = "/office/participation/complaint.xhtml";

    /** The path parameter of an aspiration's page: its number. */
    public static final String NUMBER = "nomor";

    @Override
    public List<Route> routes() {
        return List.of(
                Route.of("/aspirasi", ASPIRATIONS, ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/aspirasi/{nomor}", ASPIRATION, ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/aspirasi/kirim", SUBMIT, needs(USE_RESIDENT_SERVICES))
                        .withUploads(),
                Route.of("/aspirasi/saya", MINE, needs(USE_RESIDENT_SERVICES)),
                Route.of("/kantor/aspirasi", OFFICE_ASPIRATIONS, needs(OPEN_OFFICE)),
                Route.of("/kantor/aspirasi/detail", OFFICE_ASPIRATION, needs(OPEN_OFFICE)),
                Route.of("/kantor/partisipasi", SETTINGS, needs(MODERATE_PARTICIPATION)),
                Route.of("/kantor/partisipasi/kunci", API_KEYS, needs(MODERATE_PARTICIPATION)),
                Route.of("/pengaduan", FILE, ANYONE).onlyOn(Route.Site.VILLAGE).withUploads(),
                Route.of("/pengaduan/konfirmasi", CONFIRM, ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/pengaduan/selesai", STORIES, ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/kantor/pengaduan", OFFICE_COMPLAINTS, needs(OPEN_OFFICE)),
                Route.of("/kantor/pengaduan/detail", OFFICE_COMPLAINT, needs(OPEN_OFFICE)),
                Route.of("/pengaduan/lacak/{token}", TRACK, ANYONE).onlyOn(Route.Site.VILLAGE));
    }
}
