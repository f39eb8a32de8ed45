package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.Fixtures;
import id.portaldesa.shared.ratelimit.Limit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Over HTTP: the registration page cannot be used to find out who is registered, the confirmation
 * button is rate-limited per address, and a staff member whose membership is revoked is refused on
 * their very next request.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class RegistrationAndStaffPagesIT {

    static final String TOO_MANY = "Terlalu banyak percobaan dalam waktu singkat";

    /** What the page says to a new visitor registering with these, the address itself blanked out. */
    static String answer(TestVillages.Village village, String email, String nik) {
        Http visitor = new Http();
        Http.Page page = visitor.submit(
                visitor.get(village.prefix() + "/daftar"),
                "register",
                Map.of(
                        "name",
                        "Rina Wati",
                        "email",
                        email,
                        "password",
                        "rahasia-sekali",
                        "nik",
                        nik,
                        "kk",
                        Fixtures.kk()),
                "submit");
        assertEquals(200, page.status(), page.text());
        return page.html().select("main").text().replace(email, "<surel>");
    }

    @Test
    void theAnswerIsTheSameForAKnownOrUnknownEmailOrNik() {
        TestVillages.Village village = TestVillages.create();
        String nik = Fixtures.nik();
        String fresh = answer(village, Fixtures.email("baru"), nik);
        assertTrue(fresh.contains("Pendaftaran diterima"), fresh);
        assertEquals(
                fresh, answer(village, village.residentEmail(), Fixtures.nik()), "a registered email answers alike");
        assertEquals(fresh, answer(village, Fixtures.email("lain"), nik), "a registered NIK answers alike");
        assertEquals(
                fresh,
                answer(village, village.residentEmail().toUpperCase(java.util.Locale.ROOT), nik),
                "both at once too");
    }

    @Test
    void confirmationPressesFromOneAddressAreRateLimited() {
        Mailbox.start();
        TestVillages.Village village = TestVillages.create();
        String email = Fixtures.email("tekan");
        new Http().registerResident(village.prefix(), email, "rahasia-sekali");
        String link = Mailbox.awaitLink(email, Duration.ofSeconds(30));

        // Visitors at one address (sessions of their own, one page each) open the unused link: each sees
        // the button. Then they press: the first confirms, the next say it is done, and past the
        // allowance the address is refused.
        String address = Http.freshAddress();
        int max = Limit.CONFIRMATION.max();
        List<Http> pressers = new ArrayList<>();
        List<Http.Page> opened = new ArrayList<>();
        for (int i = 0; i <= max; i++) {
            Http presser = Http.behindProxy(address);
            pressers.add(presser);
            opened.add(presser.get(link));
        }
        for (int i = 0; i < max; i++) {
            Http.Page pressed = pressers.get(i).submit(opened.get(i), "confirm", Map.of(), "submit");
            assertFalse(pressed.text().contains(TOO_MANY), "press " + (i + 1) + " is still allowed");
            assertTrue(pressed.text().contains("sudah dikonfirmasi"), pressed.text());
        }
        Http.Page limited = pressers.get(max).submit(opened.get(max), "confirm", Map.of(), "submit");
        assertTrue(limited.text().contains(TOO_MANY), limited.text());
    }

    @Test
    void aRevokedStaffMemberIsRefusedOnTheNextRequest() {
        TestVillages.Village village = TestVillages.create();
        Http official = new Http();
        assertTrue(official.login(village.prefix(), village.officialEmail(), village.password())
                .url()
                .endsWith(village.prefix() + "/kantor"));
        assertEquals(200, official.get(village.prefix() + "/kantor").status());

        Http admin = new Http();
        admin.login(village.prefix(), village.adminEmail(), village.password());
        Http.Page staff = admin.get(village.prefix() + "/kantor/staf");
        Element row = staff.html()
                .select("tr:contains(" + village.officialEmail() + ")")
                .first();
        assertNotNull(row, staff.text());
        Element revoke = row.selectFirst("button[id$=revoke]");
        assertNotNull(revoke, row.outerHtml());
        Http.Page revoked =
                admin.submit(staff, "staff", Map.of(), revoke.attr("name").substring("staff:".length()));
        assertEquals(200, revoked.status(), revoked.text());

        assertEquals(404, official.get(village.prefix() + "/kantor").status(), "the next click is refused");
        assertEquals(404, official.get(village.prefix() + "/kantor/warga").status());
    }
}
