package id.portaldesa.notify;

import id.portaldesa.shared.config.PortalConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;

/** Sends one message over the SMTP server named by {@code PORTAL_SMTP_*}. */
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

    public void send(OutboxMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(config.mailFrom()));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), "UTF-8");
        mime.setText(outbox.bodyOf(message), "UTF-8");
        mime.setSentDate(new Date());
        mime.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(mime);
    }
}
