package id.portaldesa.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Field;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How one delivery run treats each outcome of the SMTP exchange, against an outbox kept in memory
 * that keeps the rules of {@link OutboxClaims} (conditional on the version held, leases that run
 * out). The database side of those rules is tested in MailDeliveryIT.
 */
class MailDeliveryTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    final MemoryOutbox claims = new MemoryOutbox();
    final ScriptedMailer mailer = new ScriptedMailer();
    final MailDelivery delivery = new MailDelivery();

    @BeforeEach
    void wire() {
        delivery.claims = claims;
        delivery.mailer = mailer;
        delivery.firstRetrySeconds = 30;
        claims.add(1L);
    }

    @Test
    void anAcceptedMessageIsSentAndItsTextRemoved() {
        assertEquals(1, run(T0));
        assertEquals(OutboxStatus.SENT, claims.status(1L));
        assertEquals(1, mailer.handed);
        assertTrue(claims.bodyRemoved(1L));
    }

    @Test
    void whenSentCannotBeRecordedTheMessageIsNeverSentAgain() {
        claims.failOnSent = true;
        run(T0);
        assertEquals(1, mailer.handed);
        assertEquals(OutboxStatus.SUBMITTING, claims.status(1L), "not put back in the queue");

        claims.failOnSent = false;
        run(T0.plus(Duration.ofMinutes(1)));
        run(T0.plus(OutboxClaims.LEASE).plus(Duration.ofMinutes(1)));
        run(T0.plus(Duration.ofDays(1)));
        assertEquals(1, mailer.handed, "handed over once, however many runs follow");
        assertEquals(OutboxStatus.UNCERTAIN, claims.status(1L));
        assertTrue(claims.bodyRemoved(1L));
    }

    @Test
    void anExchangeThatBrokeAfterTheMessageWentOutIsUncertainAndNotRetried() {
        mailer.onHand =
                new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"));
        run(T0);
        assertEquals(OutboxStatus.UNCERTAIN, claims.status(1L));

        mailer.onHand = null;
        run(T0.plus(Duration.ofDays(1)));
        assertEquals(1, mailer.handed);
        assertEquals(OutboxStatus.UNCERTAIN, claims.status(1L));
        assertTrue(claims.bodyRemoved(1L));
    }

    @Test
    void noConnectionMeansNothingWasHandedOverAndTheMessageIsRetried() {
        mailer.onOpen = new MessagingException("Could not connect", new SocketTimeoutException("Read timed out"));
        run(T0);
        assertEquals(OutboxStatus.PENDING, claims.status(1L));
        assertFalse(claims.bodyRemoved(1L), "the text waits for the next try");
        assertEquals(0, mailer.handed);

        mailer.onOpen = null;
        assertEquals(0, run(T0.plus(Duration.ofSeconds(10))), "not before its retry time");
        assertEquals(1, run(T0.plus(Duration.ofMinutes(1))));
        assertEquals(1, mailer.handed);
        assertEquals(OutboxStatus.SENT, claims.status(1L));
    }

    @Test
    void aRefusalByTheServerIsRetried() {
        mailer.onHand = new SendFailedException("Invalid Addresses");
        run(T0);
        assertEquals(OutboxStatus.PENDING, claims.status(1L));
        mailer.onHand = null;
        run(T0.plus(Duration.ofMinutes(1)));
        assertEquals(OutboxStatus.SENT, claims.status(1L));
        assertEquals(2, mailer.handed, "refused once, accepted once");
    }

    @Test
    void aSenderThatLostItsClaimSendsNothing() {
        claims.stealBeforeSubmitting = true;
        run(T0);
        assertEquals(0, mailer.handed);
    }

    @Test
    void aClaimAbandonedBeforeItWasHandedOverIsPickedUpAgain() {
        OutboxMessage abandoned = claims.claim(1L, T0);
        assertTrue(abandoned != null);
        assertEquals(0, run(T0.plus(Duration.ofMinutes(1))), "held by the other sender's lease");
        assertEquals(1, run(T0.plus(OutboxClaims.LEASE).plus(Duration.ofSeconds(1))));
        assertEquals(1, mailer.handed);
    }

    /** One delivery run at this moment of the clock. */
    int run(Instant at) {
        claims.clockNow = at;
        return delivery.deliverDue(at);
    }

    /** The outbox rules of {@link OutboxClaims}, in memory. */
    static final class MemoryOutbox extends OutboxClaims {
        final Map<Long, Row> rows = new LinkedHashMap<>();
        Instant clockNow = T0;
        boolean failOnSent;
        boolean stealBeforeSubmitting;

        static final class Row {
            OutboxStatus status = OutboxStatus.PENDING;
            long version;
            Instant next = T0;
            int attempts;
            String body = "sealed:text";
        }

        void add(long id) {
            rows.put(id, new Row());
        }

        OutboxStatus status(long id) {
            return rows.get(id).status;
        }

        boolean bodyRemoved(long id) {
            return rows.get(id).body.isEmpty();
        }

        @Override
        public List<Long> due(Instant now, int limit) {
            List<Long> ids = new ArrayList<>();
            rows.forEach((id, r) -> {
                if (r.status == OutboxStatus.PENDING && !r.next.isAfter(now)) {
                    ids.add(id);
                }
            });
            return ids;
        }

        @Override
        public OutboxMessage claim(long id, Instant dueBy) {
            Row r = rows.get(id);
            if (r.status != OutboxStatus.PENDING || r.next.isAfter(dueBy)) {
                return null;
            }
            r.status = OutboxStatus.SENDING;
            r.next = clockNow.plus(LEASE);
            r.version++;
            return message(id, r);
        }

        @Override
        public long submitting(long id, long claimed) {
            Row r = rows.get(id);
            if (stealBeforeSubmitting) {
                r.version++;
            }
            if (r.version != claimed || r.status != OutboxStatus.SENDING) {
                return -1;
            }
            r.status = OutboxStatus.SUBMITTING;
            return ++r.version;
        }

        @Override
        public boolean sent(long id, long held) {
            if (failOnSent) {
                throw new IllegalStateException("database gone");
            }
            Row r = rows.get(id);
            if (r.version != held) {
                return false;
            }
            r.status = OutboxStatus.SENT;
            r.body = "";
            r.attempts++;
            r.version++;
            return true;
        }

        @Override
        public boolean failed(long id, long held, String error, RetrySchedule schedule) {
            Row r = rows.get(id);
            if (r.version != held) {
                return false;
            }
            r.attempts++;
            r.status = OutboxStatus.PENDING;
            r.next = clockNow.plus(schedule.delayAfter(r.attempts));
            r.version++;
            return true;
        }

        @Override
        public boolean uncertain(long id, long held, String error) {
            Row r = rows.get(id);
            if (r.version != held) {
                return false;
            }
            r.status = OutboxStatus.UNCERTAIN;
            r.body = "";
            r.version++;
            return true;
        }

        @Override
        public int releaseAbandoned() {
            Instant now = clockNow;
            int n = 0;
            for (Row r : rows.values()) {
                if (r.next.isBefore(now) && r.status == OutboxStatus.SENDING) {
                    r.status = OutboxStatus.PENDING;
                    r.version++;
                    n++;
                } else if (r.next.isBefore(now) && r.status == OutboxStatus.SUBMITTING) {
                    r.status = OutboxStatus.UNCERTAIN;
                    r.body = "";
                    r.version++;
                    n++;
                }
            }
            return n;
        }

        private static OutboxMessage message(long id, Row r) {
            OutboxMessage m = new OutboxMessage(null, "someone@example.test", "Subject", r.body, T0);
            set(m, "id", id);
            set(m, "version", r.version);
            return m;
        }

        private static void set(OutboxMessage m, String field, Object value) {
            try {
                Field f = OutboxMessage.class.getDeclaredField(field);
                f.setAccessible(true);
                f.set(m, value);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** An SMTP server whose answers the test chooses. */
    static final class ScriptedMailer extends SmtpMailer {
        final Session session = Session.getInstance(new Properties());
        MessagingException onOpen;
        MessagingException onHand;
        int handed;

        @Override
        public boolean isConfigured() {
            return true;
        }

        @Override
        public MimeMessage compose(OutboxMessage message) {
            return new MimeMessage(session);
        }

        @Override
        public Transport open() throws MessagingException {
            if (onOpen != null) {
                throw onOpen;
            }
            return new Transport(session, new URLName("smtp://test")) {
                @Override
                public void sendMessage(jakarta.mail.Message message, jakarta.mail.Address[] addresses) {}
            };
        }

        @Override
        public void hand(Transport transport, MimeMessage mime) throws MessagingException {
            handed++;
            if (onHand != null) {
                throw onHand;
            }
        }
    }
}
