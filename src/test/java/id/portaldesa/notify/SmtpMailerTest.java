package id.portaldesa.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.Test;

class SmtpMailerTest {

    @Test
    void theMessageIdComesFromTheOutboxIdAndTheBaseHost() {
        assertEquals("<42.outbox@desa.example.go.id>", SmtpMailer.messageIdOf(42, "desa.example.go.id"));
        assertEquals("<42.outbox@localhost>", SmtpMailer.messageIdOf(42, null));
    }

    @Test
    void onlyAnAnswerOfTheServerCountsAsARefusal() {
        assertTrue(SmtpMailer.refused(new SendFailedException("Invalid Addresses")));
        assertFalse(SmtpMailer.refused(new MessagingException("Exception reading response")));
    }
}
