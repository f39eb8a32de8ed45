package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.LetterPdfs;
import id.portaldesa.media.TestPictures;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole letters workflow over HTTP without JavaScript, as the people do it, against MariaDB with
 * a real SMTP server (GreenMail) receiving every notification: a resident requests a Surat Keterangan
 * Domisili step by step (the connection drops after the answers; they go on from another device), a
 * double-clicked submit makes one request, the operator checks, the sekdes verifies, the kades signs
 * (a wrong password first), and the resident downloads the letter.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class LettersWorkflowIT {

    /** Diacritics, an apostrophe, an emoji and markup: printed as typed, never run. */
    static final String TRICKY = "7 tahun, kata Ñoño O'Brien 👩‍🌾 <script>alert(1)</script>";

    static final Pattern REFERENCE = Pattern.compile("[A-Z]{2,6}-SKD-\\d{4}-\\d{4,}");

    @Test
    void aResidentRequestsADomicileLetterAndEveryOneConcernedIsTold() throws Exception {
        Mailbox.start();
        LetterTestVillages.Village v = LetterTestVillages.create();
        String p = v.prefix();

        // The public catalogue, to anyone.
        Http.Page catalogue = new Http().get(p + "/surat");
        assertEquals(200, catalogue.status());
        assertTrue(catalogue.text().contains("Surat Keterangan Domisili"), catalogue.text());
        assertTrue(catalogue.text().contains("Foto/pindaian KTP"), "what it needs: " + catalogue.text());

        // Step 1 and 2 on the phone.
        Http phone = v.as(v.residentEmail());
        Http.Page type = phone.get(p + "/surat/jenis/SKD");
        Http.Page step1 = phone.submit(type, "start", Map.of(), "go");
        assertTrue(step1.url().contains("/surat/draf?"), step1.url());
        String draftId = query(step1.url(), "id");
        Http.Page step2 = phone.submit(step1, "subject", Map.of("kind", "SELF"), "next");
        assertTrue(step2.url().contains("langkah=2"), step2.url() + "\n" + step2.text());
        Http.Page step3 = phone.submit(
                step2, "answers", Map.of("f-keperluan", "Melamar kerja", "f-lama_tinggal", TRICKY), "next");
        assertTrue(step3.url().contains("langkah=3"), step3.url() + "\n" + step3.text());
        // ... and the connection drops. The resident goes on from a computer at the village office.
        Http computer = v.as(v.residentEmail());
        Http.Page home = computer.get(p + "/akun");
        Element draftLink = home.html().selectFirst("a[href~=/surat/draf\\?(.*&)?id=" + draftId + "(&|$)]");
        assertNotNull(draftLink, "the draft is among my requests: " + home.text());
        Http.Page resumed = computer.get(draftLink.absUrl("href"));
        assertNotNull(resumed.html().getElementById("scans"), "it opens at the documents step: " + resumed.text());
        Http.Page answersAgain = computer.get(p + "/surat/draf?id=" + draftId + "&langkah=2");
        assertEquals(
                "Melamar kerja",
                answersAgain.html().getElementById("answers:f-keperluan").val(),
                "the answers typed on the phone are there");

        // A file that is not a picture or a PDF is refused; the scans go in.
        Http.Page refused = computer.upload(
                resumed, "scans", "file-ktp", "ktp.exe", "MZ not a picture".getBytes(StandardCharsets.UTF_8), "upload");
        assertTrue(
                refused.text().contains("KTP")
                        || refused.html().select(".msg-error").size() > 0,
                refused.text());
        assertFalse(refused.text().contains("ktp.exe ("), "nothing stored: " + refused.text());
        Http.Page tooLarge =
                computer.upload(resumed, "scans", "file-ktp", "besar.jpg", new byte[16 * 1024 * 1024], "upload");
        assertTrue(tooLarge.html().select(".msg-error").size() > 0, "an oversized scan is refused: " + tooLarge.text());
        assertTrue(tooLarge.html().select("#attached li").isEmpty(), "nothing stored: " + tooLarge.text());
        Http.Page withKtp =
                computer.upload(resumed, "scans", "file-ktp", "ktp.jpg", TestPictures.jpeg(800, 500), "upload");
        Http.Page withKk = computer.upload(
                withKtp, "scans", "file-kk", "kk.png", TestPictures.png(TestPictures.gradient(900, 600)), "upload");
        assertEquals(2, withKk.html().select("#attached li").size(), withKk.text());
        Http.Page review = computer.submit(withKk, "scansDone", Map.of(), "next");
        assertTrue(review.text().contains("Melamar kerja"), review.text());

        // A double click: the same form posted twice makes one request.
        Http.Page first = computer.submit(review, "submit", Map.of(), "go");
        Http.Page second = computer.submit(review, "submit", Map.of(), "go");
        String reference = text(first, "reference");
        assertTrue(REFERENCE.matcher(reference).matches(), reference);
        assertEquals(reference, text(second, "reference"));
        Http.Page mine = computer.get(p + "/surat/saya");
        assertEquals(1, mine.html().select(".request-list li").size(), mine.text());
        assertEquals(1, countOf(first.html().select("#history li").text(), "Permohonan diajukan"), first.text());

        // The operator checks it.
        Http operator = v.as(v.operatorEmail());
        Http.Page inbox = operator.get(p + "/kantor/surat");
        Element open = inbox.html().selectFirst("a:contains(" + reference + ")");
        assertNotNull(open, "the request waits in the operator's inbox: " + inbox.text());
        Http.Page request = operator.get(open.absUrl("href"));
        assertTrue(request.text().contains("Melamar kerja"), request.text());
        assertTrue(request.text().contains(TRICKY), "printed as typed: " + request.text());
        assertFalse(request.body().contains("<script>alert(1)"), "escaped, never markup");
        Http.Page checked = operator.submit(request, "act", Map.of("note", "Data lengkap"), "check");
        assertTrue(text(checked, "state").contains("Diperiksa"), checked.text());
        assertNull(checked.html().getElementById("act:check"), "nothing more for the operator to do");

        // The sekdes verifies it.
        Http secretary = v.as(v.secretaryEmail());
        Http.Page verified = secretary.submit(secretary.get(open.absUrl("href")), "act", Map.of(), "verify");
        assertTrue(text(verified, "state").contains("Diverifikasi"), verified.text());

        // The kades signs: a wrong password signs nothing.
        Http head = v.as(v.headEmail());
        Http.Page toSign = head.get(open.absUrl("href"));
        Http.Page wrong = head.submit(toSign, "act", Map.of("password", "bukan-sandinya"), "sign");
        assertTrue(wrong.text().contains("Kata sandi salah"), wrong.text());
        assertTrue(text(head.get(open.absUrl("href")), "state").contains("Diverifikasi"));
        Http.Page signed = head.submit(head.get(open.absUrl("href")), "act", Map.of("password", v.password()), "sign");
        assertTrue(text(signed, "state").contains("Terbit"), signed.text());
        String number = text(signed, "number");
        assertFalse(number.isBlank(), signed.text());

        // The resident sees it issued and downloads it.
        Http.Page status = computer.get(p + "/surat/permohonan/" + reference);
        assertTrue(text(status, "state").contains("Terbit"), status.text());
        assertEquals(number, text(status, "number"));
        String download = status.html().getElementById("download").absUrl("href");
        HttpResponse<byte[]> pdf = computer.raw(download.substring(Http.BASE.length()));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        // The real letter: numbered, signed over the whole file, its QR leading to the public check.
        String printed = LetterPdfs.text(pdf.body()).replaceAll("\\s+", " ");
        assertTrue(printed.contains(number), printed);
        // PDFBox reads a space into the emoji's zero-width joiner, so spaces are left out of the comparison.
        assertTrue(printed.replace(" ", "").contains(TRICKY.replace(" ", "")), "printed as typed: " + printed);
        assertEquals(printed.indexOf(number), printed.lastIndexOf(number), "the number once: " + printed);
        String signature = LetterPdfs.pdfsig(pdf.body());
        assertTrue(signature.contains("Signature is Valid.") && signature.contains("Total document signed"), signature);
        String verification = LetterPdfs.qr(pdf.body());
        Http.Page check = new Http().get(verification.substring(verification.indexOf("/v/")));
        assertEquals(200, check.status(), verification);
        assertTrue(check.text().contains(number), check.text());
        for (String step :
                List.of("Permohonan diajukan", "Diperiksa operator", "Diverifikasi sekdes", "Surat terbit")) {
            assertTrue(status.html().select("#history").text().contains(step), step + " in " + status.text());
        }
        assertEquals(404, new Http().get(download.substring(Http.BASE.length())).status(), "not for visitors");

        // Every notification arrived by mail.
        awaitMails(v.residentEmail(), reference, 4);
        awaitMails(v.operatorEmail(), reference, 1);
        awaitMails(v.secretaryEmail(), reference, 2);
        awaitMails(v.headEmail(), reference, 1);
        // ... and waits on their own page.
        assertTrue(computer.get(p + "/akun").html().select("#notifications li").size() >= 4);
    }

    static void awaitMails(String recipient, String reference, int count) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(40));
        List<String> subjects = List.of();
        while (Instant.now().isBefore(until)) {
            subjects = Mailbox.to(recipient).stream()
                    .map(LettersWorkflowIT::subject)
                    .filter(s -> s.contains(reference))
                    .toList();
            if (subjects.size() >= count) {
                assertEquals(count, subjects.size(), recipient + ": " + subjects);
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(recipient + " got " + subjects + ", expected " + count + " mails about " + reference);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    static String text(Http.Page page, String id) {
        Element e = page.html().getElementById(id);
        if (e == null) {
            throw new AssertionError("No #" + id + " on " + page.url() + ":\n" + page.text());
        }
        return e.text();
    }

    static String query(String url, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(url);
        if (!m.find()) {
            throw new AssertionError("No " + name + " in " + url);
        }
        return m.group(1);
    }

    static int countOf(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static void assertNull(Object o, String message) {
        assertTrue(o == null, message);
    }
}
