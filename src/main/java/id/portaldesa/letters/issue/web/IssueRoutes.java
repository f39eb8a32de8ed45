package id.portaldesa.letters.issue.web;

import id.portaldesa.letters.issue.IssueAccess;
import id.portaldesa.letters.issue.Verifications;
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
                Route.of("/v/{" + Verifications.TOKEN + "}", Verifications.VIEW, Access.ANYONE)
                        .onlyOn(Route.Site.PLATFORM));
    }
}
