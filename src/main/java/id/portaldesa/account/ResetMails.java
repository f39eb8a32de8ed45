package id.portaldesa.account;

import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.shared.mail.OutgoingMail;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The background half of a reset request: runs outside the visitor's request (no request state: the
 * village comes as a parameter), so nothing the visitor sees depends on whether the address exists.
 * An EJB asynchronous method, in its own transaction: Payara's managed executor copies the caller's
 * invocation into the task, and the task's end then closes the request's entity managers.
 */
@Stateless
public class ResetMails {

    /** At most this many reset mails per account and hour: asking is anonymous, the mailbox is not. */
    static final int PER_HOUR = 3;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    VillageLinks links;

    @Inject
    Event<OutgoingMail> mail;

    @Inject
    Clock clock;

    @Asynchronous
    public void sendIfKnown(String email, VillageRef village, Locale locale) {
        Account account = accounts.findByEmail(email)
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE || a.getStatus() == AccountStatus.PENDING)
                .orElse(null);
        if (account == null) {
            return;
        }
        Instant now = clock.instant();
        if (tokens.issuedSince(account.getId(), AccountToken.Purpose.RESET_PASSWORD, now.minus(Duration.ofHours(1)))
                >= PER_HOUR) {
            return;
        }
        tokens.endOpen(account.getId(), now, AccountToken.Purpose.RESET_PASSWORD);
        String token = tokens.issue(
                account.getId(), AccountToken.Purpose.RESET_PASSWORD, now, PasswordResetService.RESET_VALID);
        String view = "/public/account/reset.xhtml";
        String link =
                village == null ? links.platformPage(view, "token", token) : links.page(village, view, "token", token);
        String site = village == null ? Messages.get(locale, "platform.name") : village.name();
        mail.fire(new OutgoingMail(
                village == null ? null : village.id(),
                account.getEmail(),
                Messages.get(locale, "mail.reset.subject", site),
                Messages.get(locale, "mail.reset.body", account.getDisplayName(), site, link)));
    }
}
