package id.portaldesa.letters.web;

import id.portaldesa.letters.LetterAttachment;
import id.portaldesa.letters.LetterAttachmentRepository;
import id.portaldesa.letters.LetterOffice;
import id.portaldesa.letters.LetterRequest;
import id.portaldesa.letters.LetterRequestRepository;
import id.portaldesa.letters.LetterState;
import id.portaldesa.letters.LetterTypeService;
import id.portaldesa.letters.ResidentRequests;
import id.portaldesa.letters.issue.LetterIssuer;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageClock;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The letters' files, each after its own check, inside the village of the request:
 *
 * <ul>
 *   <li>{@code lampiran/<id>}: a scan, for the resident whose request it belongs to and the staff who
 *       work on letters ({@link MediaService#open} after that check; never cached, never public);
 *   <li>{@code surat/<request id>}: the issued letter's PDF, for the same people;
 *   <li>{@code jenis/<code>.json}: a letter type exported for another village (MANAGE_LETTER_TYPES);
 *   <li>{@code agenda.csv}: the register of outgoing letters, with the register page's filter.
 * </ul>
 *
 * Anything else, another village's id, or a person without the right gets the same 404.
 */
@WebServlet(LetterFileServlet.PATH + "/*")
public class LetterFileServlet extends HttpServlet {

    public static final String PATH = "/public/letters/berkas";

    @Inject
    CurrentVillage village;

    @Inject
    LetterAttachmentRepository attachments;

    @Inject
    LetterRequestRepository requests;

    @Inject
    ResidentRequests residentRequests;

    @Inject
    LetterOffice office;

    @Inject
    LetterTypeService types;

    @Inject
    MediaService media;

    @Inject
    LetterIssuer issuer;

    @Inject
    VillageClock villageClock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            if (!village.isPresent()) {
                notFound(response);
            } else if (path.startsWith("/lampiran/")) {
                attachment(id(path, "/lampiran/"), response);
            } else if (path.startsWith("/surat/")) {
                letter(id(path, "/surat/"), response);
            } else if (path.startsWith("/jenis/") && path.endsWith(".json")) {
                exported(path.substring("/jenis/".length(), path.length() - ".json".length()), response);
            } else if (path.equals("/agenda.csv")) {
                register(request, response);
            } else {
                notFound(response);
            }
        } catch (BusinessException | NumberFormatException refused) {
            // NotFoundException included: what is not theirs does not exist for them.
            if (!response.isCommitted()) {
                response.reset();
                notFound(response);
            }
        }
    }

    private void attachment(long id, HttpServletResponse response) throws IOException {
        LetterAttachment a = attachments.find(id).orElse(null);
        if (a == null || a.getMediaId() == null || !mayOpen(a.getRequestId())) {
            notFound(response);
            return;
        }
        Optional<MediaRef> ref = media.find(a.getMediaId());
        if (ref.isEmpty()) {
            notFound(response);
            return;
        }
        send(
                media.open(ref.get(), 1280),
                ref.get().contentType(),
                "inline",
                "lampiran-" + a.getRequestId() + "-" + a.getRequirement() + "."
                        + ref.get().extension(),
                response);
    }

    private void letter(long requestId, HttpServletResponse response) throws IOException {
        LetterRequest r = requests.find(requestId).orElse(null);
        if (r == null
                || r.getIssuedLetterId() == null
                || (r.getState() != LetterState.ISSUED && r.getState() != LetterState.REVOKED)
                || !mayOpen(requestId)) {
            notFound(response);
            return;
        }
        String name = (r.getReference() == null ? "surat-" + r.getId() : r.getReference()) + ".pdf";
        send(issuer.openPdf(r.getIssuedLetterId()), "application/pdf", "inline", name, response);
    }

    private void exported(String code, HttpServletResponse response) throws IOException {
        byte[] file = types.export(code).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"jenis-surat-" + code.replaceAll("[^A-Z0-9]", "") + ".json\"");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }

    private void register(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var time = villageClock.current();
        String type = request.getParameter("jenis");
        LocalDate from = RegisterPage.date(request.getParameter("dari")).orElse(null);
        LocalDate until = RegisterPage.date(request.getParameter("sampai")).orElse(null);
        LetterState state = null;
        try {
            state = request.getParameter("status") == null ? null : LetterState.valueOf(request.getParameter("status"));
        } catch (IllegalArgumentException ignored) {
            state = null;
        }
        var filter = new id.portaldesa.letters.LetterRequestRepository.RegisterFilter(
                type == null || type.isBlank() ? null : type,
                from == null ? null : time.startOf(from),
                until == null ? null : time.endOf(until),
                state);
        var first = office.register(filter, PageRequest.first(PageRequest.MAX_SIZE));
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"agenda-surat-keluar.csv\"");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF'); // spreadsheet programs read UTF-8 names right with the byte-order mark
        out.write("nomor,referensi,kode_jenis,jenis,tentang,penandatangan,tanggal,status\r\n");
        var page = first;
        while (true) {
            for (LetterOffice.RegisterRow row : page.items()) {
                out.write(String.join(
                                ",",
                                csv(row.number()),
                                csv(row.reference()),
                                csv(row.typeCode()),
                                csv(row.typeName()),
                                csv(row.subjectName()),
                                csv(row.signerName()),
                                csv(
                                        row.issuedAt() == null
                                                ? ""
                                                : time.localTimeOf(row.issuedAt())
                                                        .toString()),
                                csv(row.state().name()))
                        + "\r\n");
            }
            if (!page.hasNext()) {
                break;
            }
            page = office.register(filter, page.request().next());
        }
        out.flush();
    }

    /** The applicant (a confirmed claimant for counter records) or staff working on letters. */
    private boolean mayOpen(long requestId) {
        return residentRequests.ownRequest(requestId).isPresent() || office.worksOnLetters();
    }

    /** A CSV field: quoted, quotes doubled, and never read as a formula by a spreadsheet. */
    static String csv(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static void send(InputStream in, String type, String disposition, String name, HttpServletResponse response)
            throws IOException {
        try (in) {
            response.setCharacterEncoding((String) null);
            response.setContentType(type);
            response.setHeader(
                    "Content-Disposition",
                    disposition + "; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "-") + "\"");
            in.transferTo(response.getOutputStream());
        }
    }

    private static long id(String path, String prefix) {
        return Long.parseLong(path.substring(prefix.length()));
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
