package id.portaldesa.letters.issue.web;

import id.portaldesa.letters.issue.IssueAccess;
import id.portaldesa.letters.issue.LetterIssuer;
import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The issuing side's pages. The verification of a letter lives on the platform host only ({@code /v}
 * is a reserved slug): the address printed in a QR code must outlive the village's slug or domain.
 */
@ApplicationScoped
public class IssueRoutes implements RouteSource {

    public static final String NUMBERING_VIEW = "/office/letters-issue/numbering.xhtml";

    public static final String CHECK_VIEW = "/public/letters-issue/check.xhtml";

    public static final String AUTHORITY_VIEW = "/public/letters-issue/ca.xhtml";

    /** The verification page's path parameter, {@code /v/{kode}}: the letter's token (not named "token", the view parameter of the one-time links that NginxLogFormatTest lists; nginx redacts all of /v/ anyway). */
    public static final String TOKEN = "kode";

    @Override
    public List<Route> routes() {
        return List.of(
                Route.of("/kantor/surat/penomoran", NUMBERING_VIEW, Access.needs(IssueAccess.SETTINGS)),
                Route.of("/v/ca.crt", AUTHORITY_VIEW, Access.ANYONE).onlyOn(Route.Site.PLATFORM),
                // Before /v/{token}: exact addresses win. The check posts a file, so its page has no
                // path parameter (a forwarded multipart request is parsed only at Faces' own address).
                Route.of("/v/periksa", CHECK_VIEW, Access.ANYONE)
                        .onlyOn(Route.Site.PLATFORM)
                        .withUploads(),
                Route.of("/v/{" + TOKEN + "}", LetterIssuer.VERIFY_VIEW, Access.ANYONE)
                        .onlyOn(Route.Site.PLATFORM));
    }
}
