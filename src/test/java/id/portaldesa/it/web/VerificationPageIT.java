package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.LetterPdfs;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /v/<token>} on the platform host, as a phone that scanned the QR code opens it: what the
 * letter is and whether it stands, nothing more; an uploaded PDF is the original or it is not;
 * guessing tokens is answered 404 and, after the allowance, not at all.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class VerificationPageIT {

    @Test
    void theQrAddressShowsTheLettersFactsWithTheNameMasked() {
        IssuedLetters.Letter letter = IssuedLetters.issue(false, null);
        Http.Page page = new Http().get(letter.path());
        assertEquals(200, page.status(), page.text());
        assertEquals(letter.number(), page.html().getElementById("number").text());
        assertEquals(letter.sha256(), page.html().getElementById("sha256").text());
        assertEquals(
                "N** L** A** P** D** O**", page.html().getElementById("subject").text());
        assertTrue(page.html().getElementById("signer").text().contains("Bambang Sutrisno"), page.text());
        assertTrue(page.html().getElementById("status").text().contains("sah"), page.text());
        assertFalse(page.body().contains("Pradny"), "the full name is not shown");
        assertNotNull(page.html().selectFirst("meta[name=robots][content*=noindex]"));

        Http.Page english = new Http().get(letter.path() + "?lang=en");
        assertEquals(200, english.status(), english.text());
        assertTrue(english.html().getElementById("status").text().contains("valid"), english.text());
    }

    @Test
    void anUploadedPdfIsTheOriginalOnlyByteForByte() {
        IssuedLetters.Letter letter = IssuedLetters.issue(false, null);
        Http visitor = new Http();
        Http.Page page = visitor.get(letter.path());
        Http.Page same = visitor.upload(page, "check", "file", "surat.pdf", letter.pdf(), "compare");
        assertEquals(200, same.status(), same.text());
        assertNotNull(same.html().getElementById("match"), same.text());

        Http.Page changed = visitor.upload(
                visitor.get(letter.path()),
                "check",
                "file",
                "surat.pdf",
                LetterPdfs.tampered(letter.pdf(), letter.pdf().length / 3),
                "compare");
        assertNotNull(changed.html().getElementById("mismatch"), changed.text());
        assertTrue(LetterPdfs.pdfsig(LetterPdfs.tampered(letter.pdf(), letter.pdf().length / 3))
                .contains("Digest Mismatch"));
    }

    @Test
    void aRevokedLetterSaysSoWithTheReason() {
        IssuedLetters.Letter letter = IssuedLetters.issue(false, "Alamat pemohon keliru");
        Http.Page page = new Http().get(letter.path());
        assertEquals(200, page.status());
        assertTrue(page.html().getElementById("status").text().contains("DICABUT"), page.text());
        assertTrue(page.html().getElementById("revocation").text().contains("Alamat pemohon keliru"), page.text());
    }

    @Test
    void guessedTokensLearnNothingAndAreCutOffAfterTheAllowance() {
        IssuedLetters.Letter letter = IssuedLetters.issue(false, null);
        Http guesser = new Http();
        Http.Page miss = guesser.get("/v/" + "A".repeat(43));
        assertEquals(404, miss.status());
        assertNotNull(miss.html().getElementById("not-found"));
        assertEquals(404, guesser.get("/v/1").status());
        for (int i = 0; i < 30; i++) {
            guesser.get("/v/" + Long.toString(System.nanoTime(), 36) + "x".repeat(30));
        }
        Http.Page cut = guesser.get(letter.path());
        assertEquals(429, cut.status(), "even the right token gets no answer once the allowance is used");
        assertFalse(cut.body().contains(letter.number()));
        assertEquals(200, new Http().get(letter.path()).status(), "another visitor is not affected");
    }

    @Test
    void theAuthorityCertificateIsDownloadable() {
        Http.Page ca = new Http().get("/v/ca.crt");
        assertEquals(200, ca.status());
        assertTrue(ca.body().startsWith("-----BEGIN CERTIFICATE-----"), ca.body());
    }

    @Test
    void theVerificationIsAlsoJsonOnThePlatformHostAndInTheOpenApiDocument() {
        IssuedLetters.Letter letter = IssuedLetters.issue(false, "Salah ketik");
        Http visitor = new Http();
        Http.Page json = visitor.get("/api/v1/verifikasi/" + letter.token());
        assertEquals(200, json.status(), json.body());
        assertTrue(
                json.body().contains("\"number\":\"" + letter.number().replace("/", "\\/") + "\"")
                        || json.body().contains("\"number\":\"" + letter.number() + "\""),
                json.body());
        assertTrue(json.body().contains("\"status\":\"revoked\""), json.body());
        assertTrue(json.body().contains(letter.sha256()), json.body());
        assertFalse(json.body().contains("Pradny"), json.body());
        assertEquals(404, visitor.get("/api/v1/verifikasi/" + "B".repeat(43)).status());
        assertEquals(404, visitor.get("/api/v1/desa").status(), "no other API on the platform host");
        assertTrue(visitor.get("/openapi").body().contains("/v1/verifikasi/{token}"));
    }
}
