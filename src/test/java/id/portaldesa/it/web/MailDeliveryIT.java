package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.Fixtures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail end to end with a real SMTP server: the confirmation mail of a registration arrives and its
 * link works; with SMTP down the message waits in the outbox, is delivered once SMTP is back, and is
 * never sent twice.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MailDeliveryIT {

    @Test
    void confirmationMailArrivesAndItsLinkActivatesTheAccount() {
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
    void mailWaitsWhileSmtpIsDownAndIsDeliveredExactlyOnceLater() throws Exception {
        Mailbox.stop();
        String email = Fixtures.email("sabar");
        new Http().registerResident(TestVillages.create().prefix(), email, "rahasia-sekali");

        awaitOutbox(email, "PENDING", 1, Duration.ofSeconds(30));
        assertTrue(Mailbox.to(email).isEmpty());

        Mailbox.start();
        awaitOutbox(email, "SENT", 2, Duration.ofSeconds(60));
        Thread.sleep(3000);
        assertEquals(1, Mailbox.to(email).size(), "delivered exactly once");
    }

    /** Polls the outbox row of this recipient in the test database until it has the status and attempts. */
    static void awaitOutbox(String recipient, String status, int minAttempts, Duration timeout) throws Exception {
        Instant until = Instant.now().plus(timeout);
        String last = "none";
        try (Connection c = TestDatabase.connect()) {
            while (Instant.now().isBefore(until)) {
                try (PreparedStatement st =
                        c.prepareStatement("SELECT status, attempts FROM mail_outbox WHERE recipient = ?")) {
                    st.setString(1, recipient);
                    try (ResultSet rs = st.executeQuery()) {
                        if (rs.next()) {
                            last = rs.getString(1) + "/" + rs.getInt(2);
                            if (rs.getString(1).equals(status) && rs.getInt(2) >= minAttempts) {
                                return;
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
