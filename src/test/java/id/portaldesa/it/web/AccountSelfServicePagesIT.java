package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The self-service pages over HTTP, as people use them: the forgotten-password page answers the same
 * for every address, a reset link works once and logs out every session, a password change keeps
 * only the session that made it, the settings open for staff and the platform admin but not for
 * visitors, and a deleted account can no longer log in.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AccountSelfServicePagesIT {

    static final String VILLAGE = "/tambang-emas";
    static final String PASSWORD = "rahasia-sekali";
    static final String DEMO_PASSWORD = "demo-desa-2026";

    /** Registers and confirms a resident of Tambang Emas with this NIK. */
    static String resident(String who, String nik) throws Exception {
        String email = Fixtures.email(who);
        Http visitor = new Http();
        visitor.submit(
                visitor.get(VILLAGE + "/daftar"),
                "register",
                Map.of("name", "Warga " + who, "email", email, "password", PASSWORD, "nik", nik, "kk", Fixtures.kk()),
                "submit");
        Http.Page confirmed =
                visitor.submit(visitor.get(link(email, "/konfirmasi?token=", 1)), "confirm", Map.of(), "submit");
        assertTrue(confirmed.text().contains("sudah dikonfirmasi"), confirmed.text());
        return email;
    }

    /**
     * The link of the n-th mail to this address whose link has this marker, as the person receives
     * it: through the portal's SMTP delivery into the test mail server (the outbox keeps bodies
     * sealed, so reading them from the database would show nothing usable, by design).
     */
    static String link(String email, String marker, int nth) {
        Mailbox.start();
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            int seen = 0;
            for (jakarta.mail.internet.MimeMessage mail : Mailbox.to(email)) {
                Matcher m = Pattern.compile("https?://\\S+").matcher(Mailbox.body(mail));
                if (m.find() && m.group().contains(marker) && ++seen == nth) {
                    return m.group();
                }
            }
            Mailbox.sleep(200);
        }
        throw new AssertionError("No mail with " + marker + " reached " + email);
    }

    static Http loggedIn(String email, String password) {
        Http person = new Http();
        Http.Page landing = person.login(VILLAGE, email, password);
        assertTrue(landing.url().endsWith(VILLAGE + "/akun"), landing.url() + "\n" + landing.text());
        return person;
    }

    static String main(Http.Page page) {
        return page.html().select("main").text();
    }

    @Test
    void forgottenPasswordAnswersAlikeAndTheLinkWorksOnceAndEndsEverySession() throws Exception {
        String email = resident("lupa", Fixtures.nik());
        Http other = loggedIn(email, PASSWORD);

        Http asker = new Http();
        long t0 = System.nanoTime();
        Http.Page known = asker.submit(asker.get(VILLAGE + "/lupa-sandi"), "forgot", Map.of("email", email), "submit");
        long t1 = System.nanoTime();
        Http stranger = new Http();
        Http.Page unknown = stranger.submit(
                stranger.get(VILLAGE + "/lupa-sandi"),
                "forgot",
                Map.of("email", Fixtures.email("tidak-ada")),
                "submit");
        long t2 = System.nanoTime();
        assertEquals(200, known.status());
        assertEquals(known.status(), unknown.status());
        assertEquals(main(known), main(unknown), "the same answer whether or not the address exists");
        assertTrue(main(known).contains("Jika surel itu terdaftar"), main(known));
        assertTrue(
                Math.abs((t1 - t0) - (t2 - t1)) < Duration.ofMillis(1500).toNanos(),
                "similar time: " + (t1 - t0) / 1_000_000 + " ms and " + (t2 - t1) / 1_000_000 + " ms");

        String link = link(email, "/atur-ulang-sandi?token=", 1);
        assertTrue(link.startsWith(Http.BASE + VILLAGE + "/atur-ulang-sandi?token="), link);
        Http resetter = new Http();
        Http.Page form = resetter.get(link);
        assertNotNull(form.html().getElementById("reset"), form.text());
        Http.Page done = resetter.submit(
                form, "reset", Map.of("password", "kata-sandi-baru-1", "repeat", "kata-sandi-baru-1"), "submit");
        assertTrue(done.text().contains("Kata sandi baru tersimpan"), done.text());
        Http.Page again = new Http().get(link);
        assertTrue(again.text().contains("sudah dipakai"), again.text());
        assertEquals(null, again.html().getElementById("reset"));

        Http.Page kickedOut = other.get(VILLAGE + "/akun");
        assertTrue(kickedOut.url().endsWith(VILLAGE + "/masuk"), "the other session ended: " + kickedOut.url());
        assertTrue(new Http().login(VILLAGE, email, PASSWORD).text().contains("Surel atau kata sandi salah"));
        loggedIn(email, "kata-sandi-baru-1");
    }

    @Test
    void aPasswordChangeKeepsThisSessionAndEndsTheOthers() throws Exception {
        String email = resident("ganti", Fixtures.nik());
        Http here = loggedIn(email, PASSWORD);
        Http elsewhere = loggedIn(email, PASSWORD);

        Http.Page wrong = here.submit(
                here.get(VILLAGE + "/akun/sandi"),
                "password",
                Map.of("current", "bukan-sandinya", "new", "kata-sandi-baru-1", "repeat", "kata-sandi-baru-1"),
                "submit");
        assertTrue(wrong.text().contains("Kata sandi saat ini salah"), wrong.text());
        Http.Page changed = here.submit(
                here.get(VILLAGE + "/akun/sandi"),
                "password",
                Map.of("current", PASSWORD, "new", "kata-sandi-baru-1", "repeat", "kata-sandi-baru-1"),
                "submit");
        assertTrue(changed.text().contains("Kata sandi diganti"), changed.text());

        assertTrue(here.get(VILLAGE + "/akun").url().endsWith(VILLAGE + "/akun"), "this session stays");
        assertTrue(elsewhere.get(VILLAGE + "/akun").url().endsWith(VILLAGE + "/masuk"), "the other one ends");
    }

    @Test
    void settingsOpenForEveryLoggedInPersonAndNotForVisitors() {
        assertTrue(new Http().get("/kungkai/akun/profil").url().endsWith("/kungkai/masuk"));
        assertTrue(new Http().get("/akun/data-saya").url().endsWith("/masuk"));

        Http admin = new Http();
        admin.login("/kungkai", "admin@kungkai.test", DEMO_PASSWORD);
        Http.Page profile = admin.get("/kungkai/akun/profil");
        assertEquals(200, profile.status());
        assertEquals(
                "admin@kungkai.test", profile.html().getElementById("my-email").text());
        assertNotNull(profile.html().getElementById("profile"));

        Http platform = new Http();
        Http.Page console = platform.login("", "admin@portaldesa.test", DEMO_PASSWORD);
        assertTrue(console.url().endsWith("/platform/desa"), console.url());
        assertNotNull(console.html().getElementById("onboard"), console.status() + " " + console.text());
        for (String page :
                new String[] {"/akun/profil", "/akun/sandi", "/akun/email", "/akun/data-saya", "/akun/hapus"}) {
            Http.Page answer = platform.get(page);
            assertEquals(200, answer.status(), page);
            assertEquals("no-store", answer.header("Cache-Control"), page);
        }
    }

    @Test
    void anEmailChangeTakesEffectWithTheLinkFromTheNewAddress() throws Exception {
        String email = resident("surel", Fixtures.nik());
        Http person = loggedIn(email, PASSWORD);
        String fresh = Fixtures.email("surel-baru");
        Http.Page sent = person.submit(
                person.get(VILLAGE + "/akun/email"), "email", Map.of("email", fresh, "current", PASSWORD), "submit");
        assertTrue(sent.text().contains("tautan konfirmasi sudah dikirim"), sent.text());
        assertTrue(new Http().login(VILLAGE, fresh, PASSWORD).text().contains("Surel atau kata sandi salah"));

        Http opener = new Http();
        Http.Page opened = opener.get(link(fresh, "/akun/konfirmasi-email?token=", 1));
        assertTrue(
                new Http().login(VILLAGE, fresh, PASSWORD).text().contains("Surel atau kata sandi salah"),
                "opening the link (a mail scanner) changes nothing");
        Http.Page confirmed = opener.submit(opened, "confirm", Map.of(), "submit");
        assertTrue(confirmed.text().contains("Surel baru sudah dikonfirmasi"), confirmed.text());
        loggedIn(fresh, PASSWORD);
        assertTrue(new Http().login(VILLAGE, email, PASSWORD).text().contains("Surel atau kata sandi salah"));
    }

    @Test
    void aPersonDownloadsTheirOwnDataAndDeletesTheAccount() throws Exception {
        String nik = Fixtures.nik();
        String email = resident("data", nik);
        Http person = loggedIn(email, PASSWORD);
        Http.Page file =
                person.submit(person.get(VILLAGE + "/akun/data-saya"), "mydata", Map.of("current", PASSWORD), "submit");
        assertTrue(file.header("Content-Type").startsWith("application/json"), file.header("Content-Type"));
        assertTrue(file.header("Content-Disposition").startsWith("attachment"));
        assertTrue(file.body().contains("\"nik\": \"" + nik + "\""), file.body());

        // Staff of another village downloads only their own data: nothing of this resident.
        Http otherStaff = new Http();
        otherStaff.login("/sungai-kapas", "admin@sungai-kapas.test", DEMO_PASSWORD);
        Http.Page theirs = otherStaff.submit(
                otherStaff.get("/sungai-kapas/akun/data-saya"), "mydata", Map.of("current", DEMO_PASSWORD), "submit");
        assertTrue(theirs.body().contains("admin@sungai-kapas.test"), theirs.body());
        assertFalse(theirs.body().contains(nik) || theirs.body().contains(email));

        Http.Page refused =
                person.submit(person.get(VILLAGE + "/akun/hapus"), "delete", Map.of("current", PASSWORD), "submit");
        assertTrue(refused.text().contains("Centang kotak"), refused.text());
        Http.Page deleted = person.submit(
                person.get(VILLAGE + "/akun/hapus"),
                "delete",
                Map.of("current", PASSWORD, "understood", "on"),
                "submit");
        assertTrue(deleted.text().contains("Akun Anda sudah dihapus"), deleted.text());
        assertTrue(person.get(VILLAGE + "/akun").url().endsWith(VILLAGE + "/masuk"), "logged out");
        assertTrue(new Http().login(VILLAGE, email, PASSWORD).text().contains("Surel atau kata sandi salah"));
    }
}
