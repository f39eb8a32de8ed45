package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.Fixtures;
import id.portaldesa.it.container.LogCaptureServlet;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Everything the server logs while people register, confirm, reset a password, get invited and
 * their mail is delivered (once refused by an SMTP server that names the address in its answer) holds
 * no email address, no token and no NIK/KK number.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class LogHygieneIT {

    static final Pattern ANY_ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+\\.test\\b");
    static final Pattern ANY_TOKEN = Pattern.compile("token=[A-Za-z0-9_-]{16,}");

    @AfterEach
    void smtpBack() {
        Mailbox.start();
        log("stop");
    }

    @Test
    void theLogOfRegistrationResetInvitationAndDeliveryHoldsNoAddressTokenOrNik() throws Exception {
        Mailbox.start();
        TestVillages.Village village = TestVillages.create();
        log("start");
        List<String> secrets = new ArrayList<>();

        String email = Fixtures.email("catat");
        String nik = Fixtures.nik();
        String kk = Fixtures.kk();
        secrets.addAll(List.of(email, nik, kk, village.adminEmail()));
        Http visitor = new Http();
        visitor.submit(
                visitor.get(village.prefix() + "/daftar"),
                "register",
                Map.of("name", "Sri Lestari", "email", email, "password", "rahasia-sekali", "nik", nik, "kk", kk),
                "submit");
        String confirm = awaitLink(email, 1);
        secrets.add(tokenOf(confirm));
        visitor.get(confirm);

        Http asker = new Http();
        asker.submit(asker.get(village.prefix() + "/lupa-sandi"), "forgot", Map.of("email", email), "submit");
        String reset = awaitLink(email, 2);
        secrets.add(tokenOf(reset));
        asker.get(reset);

        Http admin = new Http();
        admin.login(village.prefix(), village.adminEmail(), village.password());
        String invitee = Fixtures.email("diundang");
        secrets.add(invitee);
        admin.submit(
                admin.get(village.prefix() + "/kantor/staf"),
                "invite",
                Map.of("email", invitee, "role", "OFFICIAL", "position", "KAUR"),
                "send");
        String invitation = awaitLink(invitee, 1);
        secrets.add(tokenOf(invitation));
        new Http().get(invitation);

        MailDeliveryIT.drainOutbox();
        Mailbox.stop();
        String refused = Fixtures.email("ditolak");
        secrets.add(refused);
        MailDeliveryIT.Row row;
        try (FakeSmtp rejecting = new FakeSmtp(FakeSmtp.Mode.REJECT_RECIPIENT)) {
            new Http().registerResident(village.prefix(), refused, "rahasia-sekali");
            row = MailDeliveryIT.awaitOutbox(refused, "PENDING", 1, Duration.ofSeconds(60));
        }
        Mailbox.start();
        MailDeliveryIT.awaitOutbox(refused, "SENT", 2, Duration.ofSeconds(60));

        String lines = log("stop");
        assertTrue(
                lines.contains("Mail " + row.id() + " refused by the SMTP server"), "the log was recorded: " + lines);
        assertTrue(lines.contains("550 5.1.1"), "with the server's answer: " + lines);
        for (String secret : secrets) {
            assertFalse(lines.contains(secret), "'" + secret + "' in the log:\n" + lines);
        }
        assertFalse(ANY_ADDRESS.matcher(lines).find(), lines);
        assertFalse(ANY_TOKEN.matcher(lines).find(), lines);
    }

    static String tokenOf(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    /** The link in the n-th mail (from 1) to this address. */
    static String awaitLink(String recipient, int n) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            List<MimeMessage> mails = Mailbox.to(recipient);
            if (mails.size() >= n) {
                Matcher m = Pattern.compile("https?://\\S+").matcher(Mailbox.body(mails.get(n - 1)));
                assertTrue(m.find(), "a link in the mail to " + recipient);
                return m.group();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail " + n + " to " + recipient);
    }

    static String log(String step) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.BASE + LogCaptureServlet.PATH + "?do=" + step))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
