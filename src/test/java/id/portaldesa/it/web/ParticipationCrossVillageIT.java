package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every participation page and action of village A tried by village B's residents and staff, with
 * A's ids in A's and B's addresses, by slug and by A's own domain: nothing seen, nothing changed
 * (404, exactly like an id that does not exist).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ParticipationCrossVillageIT {

    @Test
    void villageBsPeopleSeeAndChangeNothingOfVillageAsAspirations() throws Exception {
        ParticipationVillages.Village a = ParticipationVillages.createWithDomain();
        ParticipationVillages.Village b = ParticipationVillages.create();
        Http authorA = a.as(a.residents().get(0));
        long waiting = AspirationsIT.submit(authorA, a.prefix(), "Rahasia A menunggu", "Belum terbit");
        long published = AspirationsIT.submit(authorA, a.prefix(), "Terbit di A", "Milik desa A");
        AspirationsIT.act(a.as(a.base().adminEmail()), a.prefix(), published, Map.of(), "publish");

        // A's visitors by slug and domain see the published one.
        assertEquals(200, new Http().get(a.prefix() + "/aspirasi/" + published).status());
        Http byDomain = a.base().visitorByDomain();
        assertEquals(200, byDomain.get("/aspirasi/" + published).status());
        assertTrue(byDomain.get("/aspirasi").text().contains("Terbit di A"));
        assertEquals(404, byDomain.get("/aspirasi/" + waiting).status());

        // B's residents and staff, with A's ids under B's address and in A's office.
        for (String who :
                List.of(b.residents().get(0), b.base().adminEmail(), b.base().officialEmail())) {
            Http stranger = b.as(who);
            for (String path : List.of(
                    b.prefix() + "/aspirasi/" + published,
                    b.prefix() + "/aspirasi/" + waiting,
                    b.prefix() + "/kantor/aspirasi/detail?id=" + published,
                    b.prefix() + "/kantor/aspirasi/detail?id=" + waiting,
                    a.prefix() + "/kantor/aspirasi/detail?id=" + waiting,
                    a.prefix() + "/kantor/aspirasi",
                    a.prefix() + "/kantor/partisipasi",
                    a.prefix() + "/aspirasi/saya",
                    a.prefix() + "/aspirasi/kirim")) {
                Http.Page page = stranger.get(path);
                assertTrue(page.status() == 404 || page.url().contains("/masuk"), path + " answered " + page.status());
                assertFalse(page.body().contains("Rahasia A") || page.body().contains("Milik desa A"), path);
            }
            assertFalse(b.as(who).get(b.prefix() + "/aspirasi").text().contains("Terbit di A"), "B's list");
        }

        // The photo of A's waiting aspiration (private until published): B's staff get it by no address.
        long withPhoto = AspirationsIT.submitWithPhoto(authorA, a.prefix(), "Foto rahasia A");
        String photoPath = AspirationsIT.officePhotoPath(a.as(a.base().adminEmail()), a.prefix(), withPhoto);
        assertEquals(
                200, a.as(a.base().officialEmail()).raw(a.prefix() + photoPath).statusCode(), "A's own staff");
        for (String who : List.of(b.base().adminEmail(), b.base().officialEmail())) {
            for (String path : List.of(a.prefix() + photoPath, b.prefix() + photoPath)) {
                assertEquals(404, b.as(who).raw(path).statusCode(), who + " " + path);
            }
        }
        assertEquals(404, byDomain.raw(photoPath).statusCode(), "a visitor on A's domain");

        // B's admin takes the form of an aspiration of B and posts it with A's id: A's is untouched.
        long ownB = AspirationsIT.submit(b.as(b.residents().get(0)), b.prefix(), "Milik B", "B");
        Http adminB = b.as(b.base().adminEmail());
        Http.Page own = adminB.get(b.prefix() + "/kantor/aspirasi/detail?id=" + ownB);
        Http.Page forged =
                adminB.post(own.url().replace("id=" + ownB, "id=" + waiting), formFields(own, "act", "act:publish"));
        assertFalse(forged.body().contains("Rahasia A"));
        assertEquals(
                404, new Http().get(a.prefix() + "/aspirasi/" + waiting).status(), "A's waiting one stays waiting");

        // B's confirmed resident supports A's published one through A's address: refused, count 0.
        Http residentB = b.as(b.residents().get(0));
        Http.Page residentBInA = residentB.get(a.prefix() + "/aspirasi/" + published);
        assertTrue(residentBInA.html().getElementById("support") == null, "no support form for a stranger");
        assertEquals(0, AspirationsIT.supports(new Http().get(a.prefix() + "/aspirasi/" + published)));

        // The platform has no participation pages.
        assertEquals(404, new Http().get("/aspirasi").status());
    }

    @Test
    void villageBsPeopleSeeAndChangeNothingOfVillageAsComplaints() throws Exception {
        Mailbox.start();
        ParticipationVillages.Village a = ParticipationVillages.createWithDomain();
        ParticipationVillages.Village b = ParticipationVillages.createWithDomain();
        String email = "tamu-" + System.nanoTime() + "@contoh.test";
        Http guest = new Http();
        ComplaintsIT.Filed filed = ComplaintsIT.fileAsGuest(guest, a.prefix(), email, "Rahasia A: jalan rusak", true);
        String token = filed.trackPath().substring(filed.trackPath().lastIndexOf('/') + 1);
        ComplaintsIT.confirm(ComplaintsIT.awaitMailLink(email, "/pengaduan/konfirmasi"), a);
        Http officialA = a.as(a.base().officialEmail());
        String id = officialA.get(a.prefix() + "/kantor/pengaduan").html().select("a.complaint-row").stream()
                .filter(l -> l.text().equals(filed.reference()))
                .findFirst()
                .orElseThrow()
                .attr("data-id");
        String photo =
                new Http().get(filed.trackPath()).html().select("#photos a").attr("href");
        String photoPath = photo.substring(photo.indexOf("/public/participation/foto/"));

        // A's own people: by slug and by A's domain.
        assertEquals(
                200,
                officialA.get(a.prefix() + "/kantor/pengaduan/detail?id=" + id).status());
        Http aByDomain = a.base().visitorByDomain();
        assertEquals(200, aByDomain.get("/pengaduan/lacak/" + token).status());
        assertEquals(200, aByDomain.raw(photoPath).statusCode());
        DomainSession officialAByDomain = a.byDomainAs(a.base().officialEmail());
        assertTrue(
                officialAByDomain.get("/kantor/pengaduan").body().contains(filed.reference()), "A's queue by domain");

        // B's staff and residents, by slug: A's id under B's office, A's token under B's address.
        for (String who :
                List.of(b.residents().get(0), b.base().adminEmail(), b.base().officialEmail())) {
            Http stranger = b.as(who);
            for (String path : List.of(
                    b.prefix() + "/kantor/pengaduan/detail?id=" + id,
                    a.prefix() + "/kantor/pengaduan/detail?id=" + id,
                    b.prefix() + "/pengaduan/lacak/" + token,
                    b.prefix() + photoPath,
                    b.prefix() + photoPath.substring(0, photoPath.indexOf('?')),
                    a.prefix() + photoPath.substring(0, photoPath.indexOf('?')))) {
                Http.Page page = stranger.get(path);
                assertTrue(page.status() == 404 || page.url().contains("/masuk"), path + " answered " + page.status());
                assertFalse(page.body().contains("Rahasia A"), path);
            }
            assertFalse(stranger.get(b.prefix() + "/kantor/pengaduan").text().contains(filed.reference()), "B's queue");
        }
        // By B's domain: A's token and A's id.
        Http bByDomain = b.base().visitorByDomain();
        assertEquals(404, bByDomain.get("/pengaduan/lacak/" + token).status());
        assertEquals(404, bByDomain.raw(photoPath).statusCode());
        DomainSession officialBByDomain = b.byDomainAs(b.base().officialEmail());
        assertFalse(officialBByDomain
                .get("/kantor/pengaduan/detail?id=" + id)
                .body()
                .contains("Rahasia A"));
        assertFalse(officialBByDomain.get("/kantor/pengaduan").body().contains(filed.reference()));

        // B's official takes the form of a complaint of B and posts it with A's id: A's is untouched.
        String emailB = "tamu-" + System.nanoTime() + "@contoh.test";
        Http guestB = new Http();
        ComplaintsIT.Filed filedB = ComplaintsIT.fileAsGuest(guestB, b.prefix(), emailB, "Milik B", false);
        ComplaintsIT.confirm(ComplaintsIT.awaitMailLink(emailB, "/pengaduan/konfirmasi"), b);
        Http officialB = b.as(b.base().officialEmail());
        String idB = officialB.get(b.prefix() + "/kantor/pengaduan").html().select("a.complaint-row").stream()
                .filter(l -> l.text().equals(filedB.reference()))
                .findFirst()
                .orElseThrow()
                .attr("data-id");
        Http.Page own = officialB.get(b.prefix() + "/kantor/pengaduan/detail?id=" + idB);
        Map<String, String> forged = formFields(own, "message", "message:send");
        forged.put("message:kind", "REPLY");
        forged.put("message:text", "Balasan palsu dari B");
        officialB.post(own.url().replace("id=" + idB, "id=" + id), forged);
        assertFalse(
                new Http().get(filed.trackPath()).text().contains("Balasan palsu dari B"), "A's complaint untouched");

        // The platform has no complaint pages.
        assertEquals(404, new Http().get("/pengaduan/lacak/" + token).status());
    }

    static Map<String, String> formFields(Http.Page page, String formId, String button) {
        Map<String, String> fields = new java.util.HashMap<>();
        org.jsoup.nodes.Element form = page.html().getElementById(formId);
        assertTrue(form != null, page.text());
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.val()));
        fields.put(button, "x");
        return fields;
    }
}
