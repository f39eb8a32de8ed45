package id.portaldesa.it.container;

import id.portaldesa.letters.issue.IssuedLetter;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Base64;

/**
 * {@code POST /_it/letters}: a letter issued in a fresh village by its kades, for the web tests of the
 * verification page: the village (slug, domain) and the letter (number, address, SHA-256, the PDF in
 * base64). {@code ?domain=true} gives the village its own domain, {@code ?revoked=<reason>} revokes the
 * letter. Test sources only, like {@link FreshVillageServlet}.
 */
@WebServlet(IssuedLetterServlet.PATH)
public class IssuedLetterServlet extends HttpServlet {

    public static final String PATH = "/_it/letters";

    @Inject
    LetterIssuing issuing;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LetterIssuing.Signing signing = issuing.freshVillageWithKades("true".equals(request.getParameter("domain")));
        IssuedLetter letter =
                issuing.issue(LetterIssuing.order(LetterIssuing.newRequestId(), LetterIssuing.NAME, LocalDate.now()));
        String reason = request.getParameter("revoked");
        if (reason != null) {
            issuing.revoke(letter.id(), reason);
        }
        byte[] pdf = issuing.pdfOf(letter.id());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("villageId", signing.village().id())
                        .add("slug", signing.village().slug())
                        .add(
                                "domain",
                                signing.village().primaryHost() == null
                                        ? ""
                                        : signing.village().primaryHost())
                        .add("id", letter.id())
                        .add("number", letter.number())
                        .add("address", letter.verificationAddress())
                        .add("sha256", letter.sha256())
                        .add("pdf", Base64.getEncoder().encodeToString(pdf))
                        .build()
                        .toString());
    }
}
