package id.portaldesa.it.web;

import id.portaldesa.media.TestPictures;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Steps of the letters pages that several tests take, as a person does them without JavaScript. */
final class LetterFlows {

    /** A submitted request: its draft id (the request's id), reference and the first scan's address. */
    record Submitted(String id, String reference, String scanAddress, String statusAddress) {}

    private LetterFlows() {}

    /** The resident (logged in) requests an SKD in the village with this address prefix ("" on a domain). */
    static Submitted submitSkd(Http resident, String prefix, String purpose) {
        Http.Page type = resident.get(prefix + "/surat/jenis/SKD");
        Http.Page step1 = resident.submit(type, "start", Map.of(), "go");
        String id = LettersWorkflowIT.query(step1.url(), "id");
        Http.Page step2 = resident.submit(step1, "subject", Map.of("kind", "SELF"), "next");
        Http.Page step3 = resident.submit(step2, "answers", Map.of("f-keperluan", purpose), "next");
        Http.Page ktp = resident.upload(step3, "scans", "file-ktp", "ktp.jpg", TestPictures.jpeg(400, 300), "upload");
        Http.Page kk = resident.upload(ktp, "scans", "file-kk", "kk.jpg", TestPictures.jpeg(400, 300), "upload");
        Element scan = kk.html().selectFirst("#attached a");
        if (scan == null) {
            throw new AssertionError("No scan attached: " + kk.text());
        }
        Http.Page review = resident.submit(kk, "scansDone", Map.of(), "next");
        Http.Page status = resident.submit(review, "submit", Map.of(), "go");
        String reference = LettersWorkflowIT.text(status, "reference");
        return new Submitted(id, reference, path(scan.absUrl("href")), path(status.url()));
    }

    /** The path and query of an absolute address of the portal under test (any host). */
    static String path(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
