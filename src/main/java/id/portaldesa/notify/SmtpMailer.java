package id.portaldesa.notify;

import id.portaldesa.shared.config.PortalConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;

/**
 * Sends messages over the SMTP server named by {@code PORTAL_SMTP_*}, in steps that tell apart
 * "certainly not handed over" (safe to retry) from "perhaps accepted" (see {@link MailDelivery}).
 */
@ApplicationScoped
public class SmtpMailer {

    @Inject
    PortalConfig config;

    @Inject
    MailOutbox outbox;

    private Session session;

    @PostConstruct
    void connect() {
        config.smtpHost().ifPresent(host -> {
            Properties props = new Properties();
            props.put("mail.smtp.host", host);
            props.put("mail.smtp.port", String.valueOf(config.smtpPort()));
            props.put("mail.smtp.connectiontimeout", "10000");
            props.put("mail.smtp.timeout", "20000");
            props.put("mail.smtp.writetimeout", "20000");
            props.put("mail.smtp.starttls.enable", String.valueOf(config.smtpStartTls()));
            props.put("mail.smtp.starttls.required", String.valueOf(config.smtpStartTls()));
            props.put("mail.smtp.auth", String.valueOf(config.smtpUser().isPresent()));
            Authenticator auth = config.smtpUser().isEmpty()
                    ? null
                    : new Authenticator() {
                        @Override
                        protected PasswordAuthentication getPasswordAuthentication() {
                            return new PasswordAuthentication(
                                    config.smtpUser().get(),
                                    config.smtpPassword().orElse(""));
                        }
                    };
            session = Session.getInstance(props, auth);
        });
    }

    public boolean isConfigured() {
        return session != null;
    }

    /**
     * Connects to the SMTP server (greeting, STARTTLS, login). Nothing of any message has been handed
     * over yet, so a failure here is always safe to retry.
     */
    public Transport open() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        transport.connect();
        return transport;
    }

    /** The message as it goes out; its {@code Message-ID} comes from the outbox id, the same on every try. */
    public MimeMessage compose(OutboxMessage message) throws MessagingException {
        String messageId = messageIdOf(message.getId(), config.baseUrl().getHost());
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(new InternetAddress(config.mailFrom()));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), "UTF-8");
        mime.setText(outbox.bodyOf(message), "UTF-8");
        mime.setSentDate(new Date());
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.saveChanges();
        return mime;
    }

    /**
     * Hands the message over. A {@link SendFailedException} is the server's answer refusing it
     * (sender, recipient or text): nothing was accepted. Any other failure broke the exchange, maybe
     * after the server had the whole message: see {@link #refused}.
     */
    public void hand(Transport transport, MimeMessage mime) throws MessagingException {
        transport.sendMessage(mime, mime.getAllRecipients());
    }

    /** Whether the server answered "no" (so the message certainly was not accepted). */
    public static boolean refused(MessagingException e) {
        return e instanceof SendFailedException;
    }

    /** {@code <42.outbox@desa.example.go.id>}: stable across retries, unique per outbox row. */
    public static String messageIdOf(long outboxId, String host) {
        return "<" + outboxId + ".outbox@" + (host == null || host.isBlank() ? "localhost" : host) + ">";
    }
}
