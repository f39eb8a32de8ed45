package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A guest's complaint over HTTP, as people do it: filed with a photo (a reference and a tracking
 * link come back, and by mail), waiting until the confirmation page's button is pressed (opening the
 * link confirms nothing), then in the office's queue; an official assigns, prioritises, writes an
 * internal note and a reply, resolves; the tracking page shows the reply but never the note, and the
 * photo only with the token; the guest reopens; the admin publishes a consented story. The
 * reference alone opens nothing; guessed tokens are 404 and, past the limit, 429.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ComplaintsIT {

    static final Pattern REFERENCE = Pattern.compile("[A-Z]{3}-P-\\d{4}-\\d{4}");

    @BeforeAll
    static void mail() {
        Mailbox.start();
    }

    @AfterAll
    static void stopMail() {
        Mailbox.stop();
    }

    /** What filing answers on the page. */
    record Filed(String reference, String trackPath) {}

    /** Files a guest complaint through the form (multipart, as a browser posts it), with a photo. */
    static Filed fileAsGuest(Http guest, String prefix, String email, String description, boolean consent)
            throws Exception {
        Http.Page form = guest.get(prefix + "/pengaduan");
        assertEquals(200, form.status(), form.text());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", "INFRASTRUCTURE");
        fields.put("description", description);
        fields.put("location", "Dusun II RT 3");
        fields.put("name", "Tamu Pelapor");
        fields.put("email", email);
        if (consent) {
            fields.put("consent", "on");
        }
        Http.Page after = multipart(guest, form, "complaint", fields, "photos", jpeg(), "send");
        assertEquals(200, after.status(), after.text());
        Element reference = after.html().getElementById("reference");
        assertNotNull(reference, "filed: " + after.text());
        assertTrue(REFERENCE.matcher(reference.text()).matches(), reference.text());
        String href = after.html().getElementById("track").attr("href");
        return new Filed(reference.text(), URI.create(href).getPath());
    }

    @Test
    void aGuestsComplaintIsConfirmedAnsweredResolvedReopenedAndToldAsAStory() throws Exception {
        ParticipationVillages.Village v = ParticipationVillages.create();
        String prefix = v.prefix();
        String email = "tamu-" + System.nanoTime() + "@contoh.test";
        Http guest = new Http();
        Filed filed = fileAsGuest(guest, prefix, email, "Lampu jalan mati sejak seminggu.\nGelap sekali.", true);
        String token = filed.trackPath().substring(filed.trackPath().lastIndexOf('/') + 1);
        assertTrue(token.length() >= 40, token);

        // The mail carries the confirmation link first, then the tracking link.
        String confirmLink = awaitMailLink(email, "/pengaduan/konfirmasi");
        Http official = v.as(v.base().officialEmail());
        assertFalse(official.get(prefix + "/kantor/pengaduan").text().contains(filed.reference()), "not queued yet");

        // Opening the link (a mail scanner) confirms nothing; the button does.
        Http.Page scanned = new Http().get(confirmLink);
        assertEquals(200, scanned.status(), scanned.text());
        assertNotNull(scanned.html().getElementById("confirm"), scanned.text());
        assertFalse(
                official.get(prefix + "/kantor/pengaduan").text().contains(filed.reference()),
                "a GET confirms nothing");
        Http.Page confirmed = confirm(confirmLink, v);
        assertTrue(confirmed.text().contains(filed.reference()), confirmed.text());

        // The tracking page, without logging in; the photo with the token only.
        Http.Page tracked = new Http().get(filed.trackPath());
        assertEquals(200, tracked.status(), tracked.text());
        assertEquals("Baru", tracked.html().getElementById("state").text());
        assertTrue(tracked.text().contains("Gelap sekali."), tracked.text());
        String photo = tracked.html().select("#photos a").attr("href");
        assertTrue(photo.contains("token="), tracked.text());
        assertEquals(200, new Http().raw(photo).statusCode());
        assertEquals(404, new Http().raw(photo.substring(0, photo.indexOf('?'))).statusCode(), "no token, no photo");
        assertEquals(404, new Http().raw(photo.replace("token=", "token=x")).statusCode());

        // The office: queued, assigned, prioritised, noted, replied, resolved.
        Http.Page queue = official.get(prefix + "/kantor/pengaduan");
        Element row = queue.html().select("a.complaint-row").stream()
                .filter(a -> a.text().equals(filed.reference()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not in the queue: " + queue.text()));
        long id = Long.parseLong(row.attr("data-id"));
        String detail = prefix + "/kantor/pengaduan/detail?id=" + id;
        Http.Page page = official.get(detail);
        assertEquals(200, page.status(), page.text());
        assertTrue(page.html().getElementById("contact").text().contains(email), "staff see the contact");
        assertEquals(
                200, official.raw(page.html().select("#photos a").attr("href")).statusCode(), "staff see the photo");
        String assignee = page.html().select("select[id=act:assignee] option").stream()
                .map(o -> o.attr("value"))
                .filter(value -> !value.isEmpty())
                .findFirst()
                .orElseThrow();
        String options = page.html().select("select[id=act:assignee]").outerHtml();
        page = official.submit(page, "act", Map.of("assignee", assignee), "assign");
        assertEquals("Ditugaskan", page.html().getElementById("state").text(), options + " " + page.text());
        page = official.submit(page, "act", Map.of("priority", "HIGH"), "prioritise");
        assertEquals("Tinggi", page.html().getElementById("priority").text(), page.text());
        page = official.submit(page, "message", Map.of("kind", "NOTE", "text", "Catatan rahasia petugas"), "send");
        page = official.submit(page, "message", Map.of("kind", "REPLY", "text", "Petugas PLN datang besok."), "send");
        assertTrue(page.html().getElementById("thread").text().contains("Catatan rahasia petugas"), page.text());
        page = official.submit(page, "act", Map.of("status", "RESOLVED", "note", "Lampu diganti."), "move");
        assertEquals("Selesai", page.html().getElementById("state").text(), page.text());

        tracked = new Http().get(filed.trackPath());
        assertEquals("Selesai", tracked.html().getElementById("state").text());
        assertTrue(tracked.html().getElementById("thread").text().contains("Petugas PLN datang besok."));
        assertFalse(tracked.text().contains("Catatan rahasia petugas"), "internal notes stay inside");
        assertTrue(awaitMail(email, "Petugas PLN datang besok."), "the reply is mailed");

        // The admin publishes the consented story; nothing of the complaint itself is public.
        Http admin = v.as(v.base().adminEmail());
        admin.submit(
                admin.get(detail),
                "story",
                Map.of("title", "Lampu jalan menyala lagi", "text", "Warga melapor, desa mengganti lampu."),
                "publish");
        Http.Page stories = new Http().get(prefix + "/pengaduan/selesai");
        assertTrue(stories.text().contains("Lampu jalan menyala lagi"), stories.text());
        assertFalse(stories.text().contains("Gelap sekali."), "the complaint's own text is not public");
        assertFalse(stories.text().contains("Tamu Pelapor"), "nor the name");
        assertTrue(new Http().get(prefix).text().contains("Lampu jalan menyala lagi"), "home page section");
        assertTrue(
                new Http().get(prefix + "/cari?q=mengganti+lampu").text().contains("Lampu jalan menyala lagi"),
                "search");
        assertTrue(new Http().get(prefix + "/sitemap.xml").body().contains("/pengaduan/selesai"), "sitemap");

        // The guest reopens within 14 days; the story goes down.
        Http phone = new Http();
        Http.Page reopened = phone.submit(phone.get(filed.trackPath()), "reopen", Map.of("why", "Mati lagi."), "go");
        assertEquals("Sedang ditangani", reopened.html().getElementById("state").text(), reopened.text());
        assertTrue(reopened.html().getElementById("thread").text().contains("Mati lagi."));
        assertFalse(new Http().get(prefix + "/pengaduan/selesai").text().contains("Lampu jalan menyala lagi"));

        // Solved again, it is not a story again until the admin publishes it once more; the office
        // taking it back into work takes the story down at once as well.
        official.submit(official.get(detail), "act", Map.of("status", "RESOLVED", "note", "Kabel diganti."), "move");
        assertFalse(new Http().get(prefix + "/pengaduan/selesai").text().contains("Lampu jalan menyala lagi"));
        admin.submit(
                admin.get(detail),
                "story",
                Map.of("title", "Lampu jalan menyala lagi", "text", "Warga melapor, desa mengganti kabel."),
                "publish");
        assertTrue(new Http().get(prefix + "/pengaduan/selesai").text().contains("Lampu jalan menyala lagi"));
        official.submit(official.get(detail), "act", Map.of("status", "IN_PROGRESS", "note", "Dicek lagi."), "move");
        assertFalse(new Http().get(prefix + "/pengaduan/selesai").text().contains("Lampu jalan menyala lagi"));
        assertFalse(new Http().get(prefix).text().contains("Lampu jalan menyala lagi"), "nor on the home page");

        // The reference alone opens nothing.
        assertEquals(
                404,
                new Http().get(prefix + "/pengaduan/lacak/" + filed.reference()).status());
    }

    /** The guest who filed presses the confirmation button in the same session (her form's view is kept). */
    @Test
    void theGuestConfirmsInTheSessionSheFiledIn() throws Exception {
        ParticipationVillages.Village v = ParticipationVillages.create();
        String email = "tamu-" + System.nanoTime() + "@contoh.test";
        Http guest = new Http();
        Filed filed = fileAsGuest(guest, v.prefix(), email, "Jalan berlubang.", false);
        Http.Page page = guest.get(awaitMailLink(email, "/pengaduan/konfirmasi"));
        Http.Page confirmed = guest.submit(page, "confirm", Map.of(), "go");
        assertNotNull(confirmed.html().getElementById("confirmed"), guest.cookieHeader() + " " + confirmed.text());
        assertTrue(confirmed.text().contains(filed.reference()));
    }

    @Test
    void aGuestsComplaintLeftUnconfirmedForThreeDaysIsDeletedWithItsPhotos() throws Exception {
        ParticipationVillages.Village v = ParticipationVillages.create();
        String left = "tamu-" + System.nanoTime() + "@contoh.test";
        Filed forgotten = fileAsGuest(new Http(), v.prefix(), left, "Tidak pernah dikonfirmasi.", false);
        String confirmLink = awaitMailLink(left, "/pengaduan/konfirmasi");
        assertTrue(
                Mailbox.to(left).stream().map(Mailbox::body).anyMatch(b -> b.contains("dalam 3 hari")),
                "the mail says how long the link works");
        String kept = "tamu-" + System.nanoTime() + "@contoh.test";
        Filed confirmed = fileAsGuest(new Http(), v.prefix(), kept, "Dikonfirmasi.", false);
        confirm(awaitMailLink(kept, "/pengaduan/konfirmasi"), v);
        Http.Page tracked = new Http().get(forgotten.trackPath());
        String photo = tracked.html().select("#photos a").attr("href");
        assertEquals(200, new Http().raw(photo).statusCode(), tracked.text());

        assertEquals(0, ParticipationVillages.deleteUnconfirmed(v, 2), "kept while the link works");
        assertEquals(200, new Http().get(forgotten.trackPath()).status());
        assertEquals(1, ParticipationVillages.deleteUnconfirmed(v, 4), "deleted after three days");
        assertEquals(404, new Http().get(forgotten.trackPath()).status(), "nothing left to track");
        assertEquals(404, new Http().raw(photo).statusCode(), "its photo went with it");
        Http.Page link = new Http()
                .get(URI.create(confirmLink).getRawPath() + "?"
                        + URI.create(confirmLink).getRawQuery());
        assertNotNull(link.html().getElementById("used"), link.text());
        assertEquals(200, new Http().get(confirmed.trackPath()).status(), "a confirmed complaint stays");
        assertEquals(0, ParticipationVillages.deleteUnconfirmed(v, 30));
    }

    @Test
    void guestsTypingAResidentsEmailUseUpTheirOwnLimitNotTheResidents() throws Exception {
        ParticipationVillages.Village v = ParticipationVillages.create();
        String resident = v.residents().get(0);
        // 30 an hour (Limit.SUBMISSION), each from an address of its own: the limit by email address.
        for (int i = 0; i < 30; i++) {
            fileAsGuest(new Http(), v.prefix(), resident, "Atas nama orang lain " + i, false);
        }
        Http.Page form = new Http().get(v.prefix() + "/pengaduan");
        Http.Page refused = multipart(
                new Http(),
                form,
                "complaint",
                Map.of("category", "INFRASTRUCTURE", "description", "Sekali lagi", "name", "Tamu", "email", resident),
                "photos",
                jpeg(),
                "send");
        assertNull(refused.html().getElementById("reference"), "the 31st by that address is refused");
        Filed own = fileAsGuest(v.as(resident), v.prefix(), resident, "Pengaduan saya sendiri.", false);
        assertTrue(REFERENCE.matcher(own.reference()).matches(), "the resident's own limit is untouched");
    }

    @Test
    void guessedTokensAreNotFoundThenRefusedAndAStoryNeedsConsent() throws Exception {
        ParticipationVillages.Village v = ParticipationVillages.create();
        String prefix = v.prefix();
        String email = "tamu-" + System.nanoTime() + "@contoh.test";
        Http guest = new Http();
        Filed filed = fileAsGuest(guest, prefix, email, "Selokan tersumbat.", false);
        confirm(awaitMailLink(email, "/pengaduan/konfirmasi"), v);

        // A guesser's wrong tokens are 404, then the address is refused, even with a right token.
        Http guesser = new Http();
        for (int i = 0; i < 30; i++) {
            String guess = "tebakan" + i + "x".repeat(40);
            assertEquals(404, guesser.get(prefix + "/pengaduan/lacak/" + guess).status(), "guess " + i);
        }
        Http.Page refused = guesser.get(filed.trackPath());
        assertEquals(429, refused.status(), refused.text());
        assertNull(refused.html().getElementById("state"), "nothing of the complaint");
        assertEquals(200, new Http().get(filed.trackPath()).status(), "another visitor with the token");

        // Without the complainant's consent the admin has no story form; a forged post changes nothing.
        Http official = v.as(v.base().officialEmail());
        Element row = official.get(prefix + "/kantor/pengaduan").html().select("a.complaint-row").stream()
                .filter(a -> a.text().equals(filed.reference()))
                .findFirst()
                .orElseThrow();
        String detail = prefix + "/kantor/pengaduan/detail?id=" + row.attr("data-id");
        official.submit(official.get(detail), "act", Map.of("status", "RESOLVED", "note", ""), "move");
        Http admin = v.as(v.base().adminEmail());
        assertNull(admin.get(detail).html().getElementById("story"), "no consent, no story form");

        // An unconfirmed complaint is in nobody's queue, and its detail page is a 404.
        String other = "tamu-" + System.nanoTime() + "@contoh.test";
        fileAsGuest(new Http(), prefix, other, "Belum dikonfirmasi.", false);
        assertFalse(official.get(prefix + "/kantor/pengaduan").text().contains("Belum dikonfirmasi."));

        // The honeypot: a robot filling the hidden field is refused and nothing is filed.
        Http robot = new Http();
        Http.Page form = robot.get(prefix + "/pengaduan");
        Http.Page trap = robot.submitMultipart(
                form,
                "complaint",
                Map.of(
                        "category", "OTHER",
                        "description", "Beli obat murah",
                        "name", "Bot",
                        "email", "bot-" + System.nanoTime() + "@contoh.test",
                        "website", "http://spam.test"),
                "send");
        assertNull(trap.html().getElementById("reference"), trap.text());
        assertEquals(
                "Beli obat murah",
                trap.html().getElementById("complaint:description").text(),
                "typed text kept");
    }

    /**
     * Opens a mailed confirmation link and presses its button as one visitor, on the village's own
     * domain when the link is on it (nothing resolves the test domains: the Host header names it).
     */
    static Http.Page confirm(String link, ParticipationVillages.Village v) {
        URI uri = URI.create(link);
        boolean onDomain =
                !v.base().domain().isEmpty() && uri.getHost().equals(v.base().domain());
        Http visitor = onDomain ? v.base().visitorByDomain() : new Http();
        Http.Page page = visitor.get(uri.getRawPath() + "?" + uri.getRawQuery());
        assertEquals(200, page.status(), link + " " + page.text());
        Http.Page done = visitor.submit(page, "confirm", Map.of(), "go");
        assertNotNull(done.html().getElementById("confirmed"), done.text());
        return done;
    }

    static boolean awaitMail(String to, String fragment) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            for (MimeMessage m : Mailbox.to(to)) {
                if (Mailbox.body(m).contains(fragment)) {
                    return true;
                }
            }
            Mailbox.sleep(200);
        }
        return false;
    }

    static String awaitMailLink(String to, String containing) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            for (MimeMessage m : Mailbox.to(to)) {
                Matcher link = Pattern.compile("https?://\\S+").matcher(Mailbox.body(m));
                while (link.find()) {
                    if (link.group().contains(containing)) {
                        return link.group();
                    }
                }
            }
            Mailbox.sleep(200);
        }
        throw new AssertionError("No link with " + containing + " reached " + to);
    }

    static byte[] jpeg() throws Exception {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 320; x++) {
            for (int y = 0; y < 240; y++) {
                image.setRGB(x, y, (x * 7 + y * 3) & 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** Posts a multipart form with fields (ids without the form prefix) and one file, as a browser does. */
    static Http.Page multipart(
            Http http,
            Http.Page page,
            String formId,
            Map<String, String> fields,
            String fileId,
            byte[] file,
            String button)
            throws Exception {
        Element form = page.html().getElementById(formId);
        String boundary = "----portal" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> data = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (!List.of("submit", "button", "checkbox", "file").contains(type)) {
                data.put(input.attr("name"), input.val());
            }
        }
        fields.forEach((id, value) -> data.put(formId + ":" + id, value));
        data.put(formId + ":" + button, "x");
        data.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + fileId
                        + "\"; filename=\"foto.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String url = URI.create(page.url()).resolve(form.attr("action")).toString();
        return http.post(url, body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }
}
