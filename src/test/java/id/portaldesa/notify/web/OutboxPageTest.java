package id.portaldesa.notify.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.notify.MailOutbox;
import id.portaldesa.notify.OutboxMessage;
import id.portaldesa.shared.config.PortalConfig;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Texts with their links are shown only on the demo run without SMTP, the one place nobody else gets them. */
class OutboxPageTest {

    static final String TEXT = "Klik https://desa.test/konfirmasi?token=abc";

    @Test
    void theDemoRunWithoutSmtpShowsTheLink() {
        assertEquals(TEXT, page(true, null).bodyOf(message()));
        assertTrue(page(true, null).isTextsShown());
    }

    @Test
    void withSmtpNoLinkIsShownEvenInDemoMode() {
        assertEquals("", page(true, "127.0.0.1").bodyOf(message()));
        assertFalse(page(true, "127.0.0.1").isTextsShown());
    }

    @Test
    void productionNeverShowsTheLink() {
        assertEquals("", page(false, "smtp.example").bodyOf(message()));
        assertEquals("", page(false, null).bodyOf(message()));
    }

    static OutboxMessage message() {
        return new OutboxMessage(null, "a@b.test", "Konfirmasi", TEXT, Instant.now());
    }

    static OutboxPage page(boolean demo, String smtpHost) {
        OutboxPage page = new OutboxPage();
        page.config = new PortalConfig() {
            @Override
            public boolean isDemoMode() {
                return demo;
            }

            @Override
            public Optional<String> smtpHost() {
                return Optional.ofNullable(smtpHost);
            }
        };
        page.outbox = new MailOutbox() {
            @Override
            public String bodyOf(OutboxMessage message) {
                return message.getSealedBody();
            }
        };
        return page;
    }
}
