package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.Fixtures;
import id.portaldesa.it.container.MailScenarioServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail end to end with a real SMTP server (GreenMail), counted by {@code Message-ID}: the
 * confirmation mail of a registration arrives and its link works; a mail waits while SMTP is down or
 * does not answer and arrives once when it is back; senders racing for the same messages, and a
 * sender that died holding one, deliver every mail exactly once; a mail the server may have taken
 * before the connection broke is not sent again. Once sent, no text (and no link) is left in the
 * outbox; before, none is readable in the database.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MailDeliveryIT {

    @AfterEach
    void smtpBack() {
        Mailbox.start();
    }

    @Test
    void confirmationMailArrivesAndItsLinkActivatesTheAccount() throws Exception {
        Mailbox.start();
        TestVillages.Village village = TestVillages.create();
        Http visitor = new Http();
        String email = Fixtures.email("budi");
        Http.Page done = visitor.registerResident(village.prefix(), email, "rahasia-sekali");
        assertTrue(done.text().contains(email), done.text());

        Http.Page before = visitor.login(village.prefix(), email, "rahasia-sekali");
        assertTrue(before.text().contains("belum dikonfirmasi"), before.text());

        String link = Mailbox.awaitLink(email, Duration.ofSeconds(30));
        assertTrue(link.startsWith(Http.BASE + village.prefix() + "/konfirmasi?token="), link);
        // A mail scanner opens the link: that shows a button and activates nothing.
        Http.Page opened = new Http().get(link);
        assertEquals(200, opened.status());
        assertNotNull(opened.html().getElementById("confirm:submit"), opened.text());
        assertFalse(opened.text().contains("sudah dikonfirmasi"), opened.text());
        assertTrue(
                new Http()
                        .login(village.prefix(), email, "rahasia-sekali")
                        .text()
                        .contains("belum dikonfirmasi"),
                "opening the link did not confirm the address");

        Http.Page confirmed = visitor.submit(visitor.get(link), "confirm", java.util.Map.of(), "submit");
        assertEquals(200, confirmed.status());
        assertTrue(confirmed.text().contains("sudah dikonfirmasi"), confirmed.text());
        assertTrue(
                visitor.get(link).text().contains("sudah pernah dipakai: surel Anda sudah dikonfirmasi"),
                "a link works once, and opening it again says the address is confirmed");

        Http.Page in = visitor.login(village.prefix(), email, "rahasia-sekali");
        assertTrue(in.url().endsWith(village.prefix() + "/akun"), in.url());
        assertTrue(in.text().contains("1502••••••••"), "NIK shown masked: " + in.text());
    }

    @Test
    void aSentMailCarriesItsOutboxIdAsMessageIdAndLeavesNoTextBehind() throws Exception {
        Mailbox.start();
        String email = Fixtures.email("terkirim");
        new Http().registerResident(TestVillages.create().prefix(), email, "rahasia-sekali");
        String link = Mailbox.awaitLink(email, Duration.ofSeconds(30));
        String token = link.substring(link.indexOf("token=") + 6);

        Row row = awaitOutbox(email, "SENT", 1, Duration.ofSeconds(30));
        assertEquals(Mailbox.messageIdOf(row.id), Mailbox.to(email).get(0).getMessageID());
        assertEquals("", row.body, "the text with its link is removed once sent");
        assertFalse(row.body.contains(token));
    }

    @Test
    void mailWaitsWhileSmtpIsDownUnreadableInTheDatabaseAndIsDeliveredOnceLater() throws Exception {
        Mailbox.stop();
        String email = Fixtures.email("sabar");
        new Http().registerResident(TestVillages.create().prefix(), email, "rahasia-sekali");

        Row waiting = awaitOutbox(email, "PENDING", 1, Duration.ofSeconds(30));
        assertTrue(Mailbox.to(email).isEmpty());
        assertTrue(waiting.body.startsWith("sealed:"), "sealed with the data key");
        assertFalse(waiting.body.contains("token=") || waiting.body.contains("konfirmasi"), "no link in a dump");

        Mailbox.start();
        awaitOutbox(email, "SENT", 2, Duration.ofSeconds(60));
        String link = Mailbox.awaitLink(email, Duration.ofSeconds(5));
        assertTrue(link.contains("/konfirmasi?token="), "the link came back out of the sealed text: " + link);
        Thread.sleep(3000);
        assertEquals(1, Mailbox.withMessageId(Mailbox.messageIdOf(waiting.id)), "delivered exactly once");
    }

    @Test
    void ofSendersClaimingOneMessageAtOnceExactlyOneGetsIt() {
        long id = store(List.of(Fixtures.email("rebut"))).get(0);
        String first = scenario("claim&id=" + id + "&senders=2");
        assertEquals(1, number(first, "won"), first);
        long lease = number(first, "leaseSeconds");
        assertTrue(lease > 500 && lease <= 600, "ten minutes from the claim, whatever the run delivers for: " + lease);
        assertEquals(0, number(scenario("claim&id=" + id + "&senders=4"), "won"), "and nobody once it is claimed");
    }

    @Test
    void sendersRunningAtOnceOnTheSameMessagesDeliverEachExactlyOnce() throws Exception {
        Mailbox.start();
        List<String> to = IntStream.range(0, 12)
                .mapToObj(i -> Fixtures.email("serentak" + i))
                .toList();
        List<Long> ids = store(to);

        scenario("race&senders=4");

        for (long id : ids) {
            awaitMessageId(id, Duration.ofSeconds(10));
        }
        Thread.sleep(2000);
        for (long id : ids) {
            assertEquals(1, Mailbox.withMessageId(Mailbox.messageIdOf(id)), "message " + id + " exactly once");
            Row row = row(id);
            assertEquals("SENT", row.status);
            assertEquals(1, row.attempts, "one attempt, by one sender");
            assertEquals("", row.body);
        }
    }

    @Test
    void aClaimAbandonedBeforeHandingOverIsPickedUpAgainAndDeliveredOnce() throws Exception {
        Mailbox.start();
        long id = store(List.of(Fixtures.email("ditinggal"))).get(0);
        scenario("abandon&id=" + id + "&handedOver=false");
        assertEquals("SENDING", row(id).status, "held by the dead sender, lease run out");

        scenario("deliver");

        awaitMessageId(id, Duration.ofSeconds(10));
        Thread.sleep(2000);
        assertEquals(1, Mailbox.withMessageId(Mailbox.messageIdOf(id)));
        assertEquals("SENT", row(id).status);
    }

    @Test
    void aClaimAbandonedWhileHandingOverIsNeverSentAgain() throws Exception {
        Mailbox.start();
        long id = store(List.of(Fixtures.email("ragu"))).get(0);
        scenario("abandon&id=" + id + "&handedOver=true");

        scenario("deliver");
        Thread.sleep(3000);

        Row row = row(id);
        assertEquals("UNCERTAIN", row.status, "perhaps delivered by the sender that died");
        assertEquals("", row.body, "its link is gone like a sent one's");
        assertEquals(0, Mailbox.withMessageId(Mailbox.messageIdOf(id)), "not sent a second time");
    }

    @Test
    void smtpThatNeverAnswersDelaysTheMailWhichArrivesOnceWhenSmtpIsBack() throws Exception {
        drainOutbox();
        Mailbox.stop();
        String email = Fixtures.email("senyap");
        Row failed;
        try (FakeSmtp silent = new FakeSmtp(FakeSmtp.Mode.SILENT)) {
            new Http().registerResident(TestVillages.create().prefix(), email, "rahasia-sekali");
            failed = awaitOutbox(email, "PENDING", 1, Duration.ofSeconds(120));
            assertTrue(silent.connections.get() >= 1, "the portal did try the silent server");
            assertTrue(failed.lastError != null && failed.lastError.contains("Exception"), failed.lastError);
        }
        Mailbox.start();
        awaitOutbox(email, "SENT", 2, Duration.ofSeconds(60));
        Thread.sleep(3000);
        assertEquals(1, Mailbox.withMessageId(Mailbox.messageIdOf(failed.id)), "delivered exactly once");
    }

    @Test
    void smtpThatTakesTheMessageAndNeverConfirmsLeavesItUncertainAndItIsNotSentAgain() throws Exception {
        drainOutbox();
        Mailbox.stop();
        String email = Fixtures.email("bisu");
        Row uncertain;
        try (FakeSmtp mute = new FakeSmtp(FakeSmtp.Mode.SILENT_AFTER_DATA)) {
            new Http().registerResident(TestVillages.create().prefix(), email, "rahasia-sekali");
            uncertain = awaitOutbox(email, "UNCERTAIN", 1, Duration.ofSeconds(120));
            assertTrue(mute.messagesReceived.get() >= 1, "the server had the whole message");
        }
        assertEquals("", uncertain.body);
        Mailbox.start();
        Thread.sleep(4000);
        assertEquals(0, Mailbox.withMessageId(Mailbox.messageIdOf(uncertain.id)), "not sent a second time");
        assertEquals("UNCERTAIN", row(uncertain.id).status);
    }

    @Test
    void withSmtpTheOutboxPageShowsNoTextAndNoLinkEvenInDemoMode() throws Exception {
        Mailbox.stop();
        String email = Fixtures.email("halaman");
        new Http().registerResident(TestVillages.create().prefix(), email, "rahasia-sekali");
        awaitOutbox(email, "PENDING", 1, Duration.ofSeconds(30));

        Http platform = new Http();
        platform.login("", "admin@portaldesa.test", "demo-desa-2026");
        Http.Page outbox = platform.get("/platform/surel");
        assertEquals(200, outbox.status());
        assertTrue(outbox.body().contains(email), "the waiting message is listed");
        assertTrue(outbox.html().getElementById("texts-hidden") != null, outbox.text());
        assertFalse(outbox.body().contains("token="), "but no link: " + outbox.text());
        assertFalse(outbox.body().contains("/konfirmasi"), outbox.text());
    }

    // --- helpers ---

    record Row(long id, String status, int attempts, String body, String lastError) {}

    static List<Long> store(List<String> recipients) {
        String answer = scenario("store&to=" + String.join(",", recipients));
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+").matcher(answer.substring(answer.indexOf('[')));
        while (m.find()) {
            ids.add(Long.parseLong(m.group()));
        }
        assertEquals(recipients.size(), ids.size(), answer);
        return ids;
    }

    static String scenario(String query) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(Http.BASE + MailScenarioServlet.PATH + "?do=" + query.replace("@", "%40")))
                .POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(120))
                .build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, answer.statusCode(), answer.body());
            return answer.body();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static int number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Integer.parseInt(m.group(1));
    }

    static void awaitMessageId(long id, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Mailbox.withMessageId(Mailbox.messageIdOf(id)) == 0) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("No mail with the Message-ID of outbox message " + id);
            }
            Thread.sleep(200);
        }
    }

    /**
     * With GreenMail up, sends whatever the suite's other tests left waiting (also messages not yet
     * due again), so a broken server afterwards holds up only this test's own mail.
     */
    static void drainOutbox() throws Exception {
        Mailbox.start();
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        try (Connection c = TestDatabase.connect()) {
            while (Instant.now().isBefore(until)) {
                try (PreparedStatement st = c.prepareStatement(
                        "UPDATE mail_outbox SET next_attempt_at = '2000-01-01 00:00:00' WHERE status = 'PENDING'")) {
                    st.executeUpdate();
                }
                try (PreparedStatement st =
                                c.prepareStatement("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING'");
                        ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(500);
            }
        }
    }

    static Row row(long id) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement st = c.prepareStatement(
                        "SELECT id, status, attempts, body, last_error FROM mail_outbox WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "no outbox message " + id);
                return new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5));
            }
        }
    }

    /** Polls the outbox row of this recipient in the test database until it has the status and attempts. */
    static Row awaitOutbox(String recipient, String status, int minAttempts, Duration timeout) throws Exception {
        Instant until = Instant.now().plus(timeout);
        String last = "none";
        try (Connection c = TestDatabase.connect()) {
            while (Instant.now().isBefore(until)) {
                try (PreparedStatement st = c.prepareStatement(
                        "SELECT id, status, attempts, body, last_error FROM mail_outbox WHERE recipient = ?")) {
                    st.setString(1, recipient);
                    try (ResultSet rs = st.executeQuery()) {
                        if (rs.next()) {
                            Row row = new Row(
                                    rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5));
                            last = row.status + "/" + row.attempts;
                            if (row.status.equals(status) && row.attempts >= minAttempts) {
                                return row;
                            }
                        }
                    }
                }
                Thread.sleep(250);
            }
        }
        throw new AssertionError(
                "Outbox for " + recipient + " never reached " + status + "/" + minAttempts + ", last " + last);
    }
}
