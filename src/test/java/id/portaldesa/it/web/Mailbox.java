package id.portaldesa.it.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) on loopback, where the portal under test delivers its mail. */
public final class Mailbox {

    static final int PORT = Integer.getInteger("portal.test.smtp.port", 33025);
    private static GreenMail server;

    private Mailbox() {}

    public static synchronized void start() {
        if (server != null) {
            return;
        }
        // A test that put another SMTP server on the port a moment ago (LogHygieneIT's FakeSmtp) may
        // leave it unbindable for a while: once in a fresh-clone CI run GreenMail gave up after 15 s.
        IllegalStateException failure = null;
        for (int attempt = 1; attempt <= 3 && server == null; attempt++) {
            ServerSetup setup = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            // On a busy two-core machine the default two seconds are not always enough.
            setup.setServerStartupTimeout(15_000);
            GreenMail candidate = new GreenMail(setup);
            try {
                candidate.start();
                server = candidate;
            } catch (IllegalStateException e) {
                failure = e;
                candidate.stop();
                pause();
            }
        }
        if (server == null) {
            throw failure;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static synchronized List<MimeMessage> to(String recipient) {
        return server == null
                ? List.of()
                : Arrays.stream(server.getReceivedMessages())
                        .filter(m -> {
                            try {
                                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
                            } catch (Exception e) {
                                return false;
                            }
                        })
                        .toList();
    }

    /** How many received mails carry this Message-ID. */
    public static synchronized int withMessageId(String messageId) {
        if (server == null) {
            return 0;
        }
        int n = 0;
        for (MimeMessage m : server.getReceivedMessages()) {
            try {
                n += messageId.equals(m.getMessageID()) ? 1 : 0;
            } catch (Exception e) {
                // not a message we can read: not ours
            }
        }
        return n;
    }

    /** The Message-ID the portal under test gives outbox message {@code id}. */
    public static String messageIdOf(long id) {
        return "<" + id + ".outbox@127.0.0.1>";
    }

    /** Waits for the first mail to this address and returns the link in it. */
    public static String awaitLink(String recipient, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            List<MimeMessage> mails = to(recipient);
            if (!mails.isEmpty()) {
                Matcher m = Pattern.compile("https?://\\S+").matcher(body(mails.get(0)));
                if (m.find()) {
                    return m.group();
                }
            }
            sleep(200);
        }
        throw new AssertionError("No mail reached " + recipient + " within " + timeout);
    }

    static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            return GreenMailUtil.getBody(message);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
