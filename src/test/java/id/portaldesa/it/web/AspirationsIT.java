package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The aspiration's life over HTTP, as people do it: a resident submits (waiting: nobody else sees
 * it), the admin publishes, other confirmed residents support (once each, also when the same support
 * is posted twice at once) and withdraw, an official answers (public history; the author and the
 * supporters are told on their own page), residents flag it until it is hidden, the admin shows it
 * again; the list filters, sorts and pages.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AspirationsIT {

    static long submit(Http resident, String prefix, String title, String description) {
        Http.Page form = resident.get(prefix + "/aspirasi/kirim");
        assertEquals(200, form.status(), form.text());
        Http.Page after = resident.submitMultipart(
                form,
                "aspiration",
                Map.of(
                        "title",
                        title,
                        "description",
                        description,
                        "category",
                        "INFRASTRUCTURE",
                        "dusun",
                        "Dusun II",
                        "rt",
                        "3",
                        "rw",
                        "1"),
                "send");
        return idInMine(after, title);
    }

    /** Submits an aspiration with one photo; its id. */
    static long submitWithPhoto(Http resident, String prefix, String title) throws Exception {
        Http.Page after = ComplaintsIT.multipart(
                resident,
                resident.get(prefix + "/aspirasi/kirim"),
                "aspiration",
                Map.of("title", title, "description", "Dengan foto.", "category", "INFRASTRUCTURE"),
                "photos",
                ComplaintsIT.jpeg(),
                "send");
        return idInMine(after, title);
    }

    private static long idInMine(Http.Page after, String title) {
        assertTrue(after.url().contains("/aspirasi/saya"), after.url() + " " + after.text());
        Element row = after.html().select("li.mine-row").stream()
                .filter(li -> li.text().contains(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not in my list: " + after.text()));
        return Long.parseLong(row.attr("data-id"));
    }

    /** The address of an aspiration's (first) photo on the office page, from the village's prefix on. */
    static String officePhotoPath(Http staff, String prefix, long id) {
        Http.Page office = staff.get(prefix + "/kantor/aspirasi/detail?id=" + id);
        String href = office.html().select("#photos a").attr("href");
        assertFalse(href.isEmpty(), office.text());
        return href.substring(href.indexOf("/public/participation/foto/"));
    }

    static Http.Page act(Http staff, String prefix, long id, Map<String, String> fields, String button) {
        Http.Page page = staff.get(prefix + "/kantor/aspirasi/detail?id=" + id);
        assertEquals(200, page.status(), page.text());
        return staff.submit(page, "act", fields, button);
    }

    static int supports(Http.Page page) {
        return Integer.parseInt(page.html().getElementById("supports").text().strip());
    }

    @Test
    void aResidentsIdeaIsModeratedSupportedAnsweredAndFlagged() throws Exception {
        ParticipationVillages.Village v = ParticipationVillages.create();
        String prefix = v.prefix();
        Http author = v.as(v.residents().get(0));
        long id = submit(author, prefix, "Perbaikan jembatan dusun II", "Jembatan kayu lapuk.\nMohon diperbaiki.");

        // Waiting: neither public nor listed.
        assertEquals(404, new Http().get(prefix + "/aspirasi/" + id).status());
        assertFalse(new Http().get(prefix + "/aspirasi").text().contains("Perbaikan jembatan"));
        assertEquals(
                404, v.as(v.residents().get(1)).get(prefix + "/aspirasi/" + id).status());

        // The admin publishes.
        Http admin = v.as(v.base().adminEmail());
        Http.Page published = act(admin, prefix, id, Map.of(), "publish");
        assertTrue(published.html().getElementById("state").text().contains("Diterbitkan"), published.text());
        Http.Page page = new Http().get(prefix + "/aspirasi/" + id);
        assertEquals(200, page.status());
        assertEquals(0, supports(page));
        assertTrue(page.text().contains("Mohon diperbaiki."), page.text());
        assertTrue(new Http().get(prefix + "/aspirasi").text().contains("Perbaikan jembatan"));

        // A second resident supports; posting the same support twice at once counts once.
        Http supporter = v.as(v.residents().get(1));
        Http.Page mine = supporter.get(prefix + "/aspirasi/" + id);
        Element form = mine.html().getElementById("support");
        assertTrue(form != null, mine.text());
        Map<String, String> fields = new HashMap<>();
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.val()));
        fields.put("support:give", "x");
        String action = URI.create(mine.url()).resolve(form.attr("action")).toString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Http.Page>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            both.add(pool.submit((Callable<Http.Page>) () -> supporter.post(action, fields)));
        }
        for (Future<Http.Page> f : both) {
            assertTrue(f.get().status() < 500, f.get().text());
        }
        pool.shutdown();
        assertEquals(1, supports(new Http().get(prefix + "/aspirasi/" + id)), "counted once");
        Http.Page again = supporter.get(prefix + "/aspirasi/" + id);
        assertTrue(again.html().getElementById("support:withdraw") != null, "the supporter sees withdraw");

        // A third supports, then withdraws.
        Http third = v.as(v.residents().get(2));
        third.submit(third.get(prefix + "/aspirasi/" + id), "support", Map.of(), "give");
        assertEquals(2, supports(new Http().get(prefix + "/aspirasi/" + id)));
        third.submit(third.get(prefix + "/aspirasi/" + id), "support", Map.of(), "withdraw");
        assertEquals(1, supports(new Http().get(prefix + "/aspirasi/" + id)));

        // An official answers: public history; author and supporter are told.
        Http official = v.as(v.base().officialEmail());
        act(official, prefix, id, Map.of("status", "PLANNED", "note", "Masuk RKPDes 2027."), "answer");
        Http.Page answered = new Http().get(prefix + "/aspirasi/" + id);
        assertTrue(answered.html().getElementById("state").text().contains("RKPDes"), answered.text());
        assertTrue(answered.html().getElementById("history").text().contains("Masuk RKPDes 2027."), answered.text());
        assertTrue(author.get(prefix + "/akun").text().contains("Perbaikan jembatan"), "author notified");
        assertTrue(supporter.get(prefix + "/akun").text().contains("Perbaikan jembatan"), "supporter notified");
        assertFalse(third.get(prefix + "/akun").text().contains("Perbaikan jembatan"), "a withdrawn supporter is not");

        // Filters and sorting.
        assertTrue(new Http().get(prefix + "/aspirasi?status=planned").text().contains("Perbaikan jembatan"));
        assertFalse(new Http().get(prefix + "/aspirasi?status=done").text().contains("Perbaikan jembatan"));
        assertFalse(new Http().get(prefix + "/aspirasi?kategori=health").text().contains("Perbaikan jembatan"));
        assertEquals(
                200,
                new Http()
                        .get(prefix + "/aspirasi?urut=dukungan&kategori=infrastructure")
                        .status());
        assertEquals(404, new Http().get(prefix + "/aspirasi?kategori=nope").status());
        assertEquals(404, new Http().get(prefix + "/aspirasi?hal=2").status());

        // A resident the office has not confirmed cannot flag (throwaway accounts must not hide an
        // idea); three confirmed residents flag it: hidden pending review; the admin shows it again.
        Http unconfirmed = v.as(v.unconfirmed());
        assertNull(
                unconfirmed.get(prefix + "/aspirasi/" + id).html().getElementById("flag"),
                "no flag form for a resident the office has not confirmed");
        for (String who : v.residents()) {
            assertEquals(200, new Http().get(prefix + "/aspirasi/" + id).status(), "shown before the third flag");
            Http r = v.as(who);
            r.submit(r.get(prefix + "/aspirasi/" + id), "flag", Map.of("reason", "spam"), "send");
        }
        assertEquals(404, new Http().get(prefix + "/aspirasi/" + id).status(), "hidden after 3 flags");
        assertTrue(admin.get(prefix + "/akun").status() < 500);
        act(admin, prefix, id, Map.of(), "restore");
        assertEquals(200, new Http().get(prefix + "/aspirasi/" + id).status(), "shown again");
    }

    @Test
    void photosArePublicOnlyWhileTheAspirationIsPublic() throws Exception {
        ParticipationVillages.Village v = ParticipationVillages.create();
        String prefix = v.prefix();
        long id = submitWithPhoto(v.as(v.residents().get(0)), prefix, "Lampu jalan mati");

        // Waiting for moderation: the moderator sees the photo, nobody else gets it by its address.
        Http admin = v.as(v.base().adminEmail());
        String officePhoto = prefix + officePhotoPath(admin, prefix, id);
        assertEquals(200, admin.raw(officePhoto).statusCode(), "the moderator sees what she publishes");
        assertEquals(404, new Http().raw(officePhoto).statusCode(), "not to a visitor");
        assertEquals(404, v.as(v.residents().get(1)).raw(officePhoto).statusCode(), "not to another resident");
        String mediaId = officePhoto.substring(officePhoto.lastIndexOf('/') + 1);
        String publicPhoto = prefix + "/public/media/" + mediaId + "/320.jpg";
        assertEquals(404, new Http().raw(publicPhoto).statusCode(), "private before it is published");

        // Published: public. Hidden by flags: private again. Shown again: public.
        act(admin, prefix, id, Map.of(), "publish");
        Http.Page shown = new Http().get(prefix + "/aspirasi/" + id);
        assertFalse(
                shown.html().select("img[src*=/public/media/" + mediaId + "/]").isEmpty(), shown.body());
        assertEquals(200, new Http().raw(publicPhoto).statusCode());
        for (String who : v.residents()) {
            Http r = v.as(who);
            r.submit(r.get(prefix + "/aspirasi/" + id), "flag", Map.of("reason", "spam"), "send");
        }
        assertEquals(404, new Http().raw(publicPhoto).statusCode(), "hidden with its aspiration");
        act(admin, prefix, id, Map.of(), "restore");
        assertEquals(200, new Http().raw(publicPhoto).statusCode(), "shown again");
    }

    @Test
    void aRejectionReasonReachesOnlyTheAuthorAndSubmittingNeedsAResident() {
        ParticipationVillages.Village v = ParticipationVillages.create();
        String prefix = v.prefix();
        Http author = v.as(v.residents().get(0));
        long id = submit(author, prefix, "Iklan jualan", "Beli pulsa di sini");
        Http admin = v.as(v.base().adminEmail());
        Http.Page refused = act(admin, prefix, id, Map.of("note", ""), "reject");
        assertTrue(refused.text().contains("alasan"), "a reason is required: " + refused.text());
        act(admin, prefix, id, Map.of("note", "Bukan aspirasi pembangunan."), "reject");
        Http.Page mine = author.get(prefix + "/aspirasi/saya");
        assertTrue(mine.text().contains("Bukan aspirasi pembangunan."), mine.text());
        assertEquals(404, new Http().get(prefix + "/aspirasi/" + id).status());

        // A visitor is sent to log in; an official cannot submit as a resident.
        Http.Page visitor = new Http().get(prefix + "/aspirasi/kirim");
        assertTrue(visitor.url().contains("/masuk"), visitor.url());
        Http.Page missing = author.submitMultipart(
                author.get(prefix + "/aspirasi/kirim"), "aspiration", Map.of("title", "Tanpa isi"), "send");
        assertTrue(
                missing.url().contains("/aspirasi/kirim") || missing.url().contains("/participation/submit.xhtml"),
                "stays on the form (an upload form posts to its .xhtml address): " + missing.url());
        assertTrue(
                missing.html().getElementById("aspiration:title") != null
                        && missing.html()
                                .getElementById("aspiration:title")
                                .val()
                                .equals("Tanpa isi"),
                "what was typed is kept: " + missing.status() + " " + missing.text());
    }
}
