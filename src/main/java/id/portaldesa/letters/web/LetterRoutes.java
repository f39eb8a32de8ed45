package id.portaldesa.letters.web;

import static id.portaldesa.shared.security.Permission.MANAGE_LETTER_TYPES;
import static id.portaldesa.shared.security.Permission.OPEN_OFFICE;
import static id.portaldesa.shared.security.Permission.PROCESS_LETTERS;
import static id.portaldesa.shared.security.Permission.USE_RESIDENT_SERVICES;
import static id.portaldesa.shared.web.Access.ANYONE;
import static id.portaldesa.shared.web.Access.needs;

import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The letters' addresses: the public catalogue, a resident's requests under {@code /surat}, the
 * office's under {@code /kantor/surat}. Office pages open for staff (OPEN_OFFICE); their service says
 * "not found" to staff who work on no letters. Files (scans, the issued PDF, an exported type, the
 * register as CSV) are served by {@link LetterFileServlet} after the same checks.
 */
@ApplicationScoped
public class LetterRoutes implements RouteSource {

    public static final String CATALOGUE = "/public/letters/catalogue.xhtml";
    public static final String TYPE = "/public/letters/type.xhtml";
    public static final String DRAFT = "/resident/letters/draft.xhtml";
    public static final String REQUEST = "/resident/letters/request.xhtml";
    public static final String MINE = "/resident/letters/mine.xhtml";
    public static final String INBOX = "/office/letters/inbox.xhtml";
    public static final String OFFICE_REQUEST = "/office/letters/request.xhtml";
    public static final String COUNTER = "/office/letters/counter.xhtml";
    public static final String REGISTER = "/office/letters/register.xhtml";
    public static final String PRINT = "/office/letters/print.xhtml";
    public static final String TYPES = "/office/letters/types.xhtml";
    public static final String TYPE_EDIT = "/office/letters/type-edit.xhtml";
    public static final String SETTINGS = "/office/letters/settings.xhtml";

    @Override
    public List<Route> routes() {
        return List.of(
                Route.of("/surat", CATALOGUE, ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/surat/jenis/{kode}", TYPE, ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/surat/draf", DRAFT, needs(USE_RESIDENT_SERVICES)).withUploads(),
                Route.of("/surat/permohonan/{nomor}", REQUEST, needs(USE_RESIDENT_SERVICES)),
                Route.of("/surat/saya", MINE, needs(USE_RESIDENT_SERVICES)),
                Route.of("/kantor/surat", INBOX, needs(OPEN_OFFICE)),
                Route.of("/kantor/surat/permohonan", OFFICE_REQUEST, needs(OPEN_OFFICE)),
                Route.of("/kantor/surat/loket", COUNTER, needs(PROCESS_LETTERS)).withUploads(),
                Route.of("/kantor/surat/agenda", REGISTER, needs(OPEN_OFFICE)),
                Route.of("/kantor/surat/cetak", PRINT, needs(OPEN_OFFICE)),
                Route.of("/kantor/surat/jenis", TYPES, needs(MANAGE_LETTER_TYPES))
                        .withUploads(),
                Route.of("/kantor/surat/jenis/ubah", TYPE_EDIT, needs(MANAGE_LETTER_TYPES)),
                Route.of("/kantor/surat/pengaturan", SETTINGS, needs(MANAGE_LETTER_TYPES)));
    }
}
