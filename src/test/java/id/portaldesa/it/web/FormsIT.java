package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.Fixtures;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forms over HTTP: a rule the domain refuses shows as a message on the same page (status 200, in
 * the page's language, what was typed kept); a field's own error stands next to it and is announced
 * with it; every village here is a fresh one.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class FormsIT {

    /** Well formed, but its region (99.99.99) is on no official list. */
    static final String UNKNOWN_REGION_NIK = "9999990101010001";

    static Map<String, String> registration(String email, String nik) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Dewi Sartika");
        fields.put("email", email);
        fields.put("password", "rahasia-sekali");
        fields.put("nik", nik);
        fields.put("kk", Fixtures.kk());
        return fields;
    }

    static String value(Document page, String id) {
        Element input = page.getElementById(id);
        assertNotNull(input, "no element " + id);
        return input.val();
    }

    @Test
    void aNikOfAnUnknownRegionIsRefusedOnTheSamePageWithTheInputKept() {
        // (A taken email is not refused: the page cannot tell who is registered, see RegistrationProbingIT.)
        TestVillages.Village village = TestVillages.create();
        Http visitor = new Http();
        String nik = UNKNOWN_REGION_NIK;
        String email = Fixtures.email("dewi");
        Http.Page form = visitor.get(village.prefix() + "/daftar");
        Http.Page refused = visitor.submit(form, "register", registration(email, nik), "submit");

        assertEquals(200, refused.status(), refused.text());
        assertTrue(refused.url().endsWith(village.prefix() + "/daftar"), refused.url());
        assertTrue(refused.text().contains("Kode wilayah pada NIK (6 angka pertama) tidak dikenal"), refused.text());
        Document page = refused.html();
        assertEquals("Dewi Sartika", value(page, "register:name"), "what was typed is kept");
        assertEquals(email, value(page, "register:email"));
        assertEquals(nik, value(page, "register:nik"));
        assertEquals("", value(page, "register:password"), "a password is never sent back");
    }

    @Test
    void theMessageIsInThePagesLanguage() {
        TestVillages.Village village = TestVillages.create();
        Http visitor = new Http();
        Http.Page form = visitor.get(village.prefix() + "/daftar?lang=en");
        Http.Page refused =
                visitor.submit(form, "register", registration(Fixtures.email("dewi"), UNKNOWN_REGION_NIK), "submit");
        assertEquals(200, refused.status());
        assertTrue(refused.text().contains("The region code of the NIK"), refused.text());
    }

    @Test
    void aRefusedInvitationInTheBackOfficeShowsItsReasonAndKeepsTheAddress() {
        TestVillages.Village village = TestVillages.create();
        Http admin = new Http();
        admin.login(village.prefix(), village.adminEmail(), village.password());
        Http.Page staff = admin.get(village.prefix() + "/kantor/staf");
        Http.Page refused =
                admin.submit(staff, "invite", Map.of("email", village.adminEmail(), "role", "VILLAGE_ADMIN"), "send");
        assertEquals(200, refused.status(), refused.text());
        assertTrue(refused.text().contains(village.adminEmail() + " sudah memiliki peran ini"), refused.text());
        assertEquals(village.adminEmail(), value(refused.html(), "invite:email"));
    }

    @Test
    void aFieldsErrorStandsNextToItAndIsAnnounced() {
        TestVillages.Village village = TestVillages.create();
        Http admin = new Http();
        admin.login(village.prefix(), village.adminEmail(), village.password());
        Http.Page profile = admin.get(village.prefix() + "/kantor/profil");
        Element label = profile.html().selectFirst("label[for=profile:phone]");
        assertNotNull(label, "the label is found from the field's id: " + profile.body());
        assertEquals("Telepon", label.text().replace("*", "").trim());

        Http.Page refused = admin.submit(profile, "profile", Map.of("phone", "12345", "tagline", "Desa uji"), "save");
        assertEquals(200, refused.status());
        Element phone = refused.html().getElementById("profile:phone");
        assertEquals("true", phone.attr("aria-invalid"));
        assertTrue(phone.attr("aria-describedby").contains("profile:phone-msg"), phone.outerHtml());
        assertTrue(
                refused.html().getElementById("profile:phone-msg").text().contains("nomor telepon Indonesia"),
                refused.text());
        assertEquals("12345", phone.val(), "the wrong value is shown to be corrected");
        assertEquals("Desa uji", value(refused.html(), "profile:tagline"));
        assertFalse(refused.text().contains("Profil desa disimpan"), "nothing was saved");

        Http.Page saved =
                admin.submit(refused, "profile", Map.of("phone", "(0746) 21234", "tagline", "Desa uji"), "save");
        assertTrue(saved.text().contains("Profil desa disimpan"), saved.text());
        assertEquals("false", saved.html().getElementById("profile:phone").attr("aria-invalid"));
    }
}
