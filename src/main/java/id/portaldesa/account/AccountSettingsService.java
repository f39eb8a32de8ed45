package id.portaldesa.account;

import id.portaldesa.account.security.LoginThrottling;
import id.portaldesa.account.validation.AccountPassword;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.shared.mail.OutgoingMail;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What every logged-in person changes on their own account: name and contact numbers, password,
 * email address. The account is always the caller's own ({@code accountId} comes from the session,
 * never from a form), so there is nothing of anyone else to reach through these methods.
 */
@ApplicationScoped
@Transactional
public class AccountSettingsService {

    static final Duration EMAIL_CHANGE_VALID = Duration.ofHours(24);

    @Inject
    LoginThrottling throttling;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    PasswordHasher passwords;

    @Inject
    VillageLinks links;

    @Inject
    Event<OutgoingMail> mail;

    @Inject
    Clock clock;

    /**
     * Name, phone and optional WhatsApp number; blank numbers are removed.
     *
     * @throws BusinessException {@code account.phone.invalid} or {@code account.whatsapp.invalid}
     */
    public Account updateProfile(
            long accountId, @NotBlank @Size(max = 120) String name, String phone, String whatsapp) {
        Account account = own(accountId);
        String normalisedPhone = number(phone, PhoneNumbers.Kind.PHONE, "account.phone.invalid");
        String normalisedWhatsapp = number(whatsapp, PhoneNumbers.Kind.MOBILE, "account.whatsapp.invalid");
        account.setDisplayName(name.strip());
        account.setContact(normalisedPhone, normalisedWhatsapp);
        return account;
    }

    /**
     * A new password, after the current one. Every other session of the account ends with the old
     * password hash; the caller re-stamps its own session (CurrentUser.startSession).
     */
    public void changePassword(
            long accountId, @NotBlank String currentPassword, @NotBlank @AccountPassword String newPassword) {
        Account account = own(accountId);
        checkPassword(account, currentPassword);
        account.setPasswordHash(passwords.hash(newPassword));
        tokens.endOpen(
                accountId, clock.instant(), AccountToken.Purpose.RESET_PASSWORD, AccountToken.Purpose.CHANGE_EMAIL);
    }

    /**
     * Sends a confirmation link to the new address and a notice to the current one; the address
     * changes only when the link is opened. An address of another account gets no link, but the
     * caller hears the same answer, so this cannot be used to find out who has an account.
     *
     * @param village where the person asked (the link leads back there), or null on the platform
     */
    public void requestEmailChange(
            long accountId,
            @NotBlank String currentPassword,
            @NotBlank @Email @Size(max = 190) String newEmail,
            VillageRef village,
            @NotNull Locale locale) {
        Account account = own(accountId);
        checkPassword(account, currentPassword);
        String normalised = AccountRepository.normaliseEmail(newEmail);
        if (normalised.equals(account.getEmail())) {
            throw new BusinessException("account.emailChange.same");
        }
        Instant now = clock.instant();
        tokens.endOpen(accountId, now, AccountToken.Purpose.CHANGE_EMAIL);
        if (accounts.findByEmail(normalised).isPresent()) {
            return;
        }
        String token = tokens.issueEmailChange(accountId, normalised, now, EMAIL_CHANGE_VALID);
        String view = "/public/account/confirm-email.xhtml";
        String link =
                village == null ? links.platformPage(view, "token", token) : links.page(village, view, "token", token);
        String site = village == null ? Messages.get(locale, "platform.name") : village.name();
        Long villageId = village == null ? null : village.id();
        mail.fire(new OutgoingMail(
                villageId,
                normalised,
                Messages.get(locale, "mail.emailChange.subject", site),
                Messages.get(locale, "mail.emailChange.body", account.getDisplayName(), site, link)));
        mail.fire(new OutgoingMail(
                villageId,
                account.getEmail(),
                Messages.get(locale, "mail.emailChange.notice.subject", site),
                Messages.get(
                        locale, "mail.emailChange.notice.body", account.getDisplayName(), site, mask(normalised))));
    }

    /**
     * Opens the link sent to the new address: the account takes that address. Reset links sent to
     * the old address end with it.
     */
    public Account confirmEmailChange(String token) {
        AccountToken stored = usableEmailChange(token);
        Instant now = clock.instant();
        Account account = accounts.find(stored.getAccountId()).orElseThrow();
        if (!tokens.claim(stored, now)) {
            throw new BusinessException("account.emailChange.used");
        }
        tokens.endOpen(account.getId(), now, AccountToken.Purpose.RESET_PASSWORD, AccountToken.Purpose.CHANGE_EMAIL);
        account.changeEmail(stored.getNewEmail());
        return account;
    }

    /**
     * Why an email-change link cannot be used (an i18n key), or null when it can: checked when the
     * link is opened, which changes nothing (a mail scanner opening it confirms nothing).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String problemWithEmailChange(String token) {
        try {
            usableEmailChange(token);
            return null;
        } catch (BusinessException e) {
            return e.getMessageKey();
        }
    }

    private AccountToken usableEmailChange(String token) {
        AccountToken stored = tokens.find(token, AccountToken.Purpose.CHANGE_EMAIL)
                .orElseThrow(() -> new BusinessException("account.confirm.invalid"));
        if (stored.isUsed()) {
            throw new BusinessException("account.emailChange.used");
        }
        if (stored.isExpired(clock.instant())) {
            throw new BusinessException("account.confirm.expired");
        }
        accounts.find(stored.getAccountId())
                .filter(Account::isUsable)
                .orElseThrow(() -> new BusinessException("account.confirm.invalid"));
        if (accounts.findByEmail(stored.getNewEmail()).isPresent()) {
            throw new BusinessException("account.emailChange.taken");
        }
        return stored;
    }

    private Account own(long accountId) {
        return accounts.find(accountId).filter(Account::isUsable).orElseThrow(NotFoundException::new);
    }

    void checkPassword(Account account, String password) {
        // Counted before the check, like a login (LoginThrottling), and taken back when it was right.
        Duration locked = throttling.chargeAccount(account.getEmail());
        if (!locked.isZero()) {
            throw new BusinessException("account.login.locked", Math.max(1, locked.toMinutes() + 1));
        }
        if (!passwords.verify(password, account.getPasswordHash())) {
            throw new BusinessException("account.password.wrong");
        }
        throttling.releaseAccount(account.getEmail());
    }

    private static String number(String input, PhoneNumbers.Kind kind, String problemKey) {
        if (input == null || input.isBlank()) {
            return null;
        }
        return PhoneNumbers.normalise(input, kind).orElseThrow(() -> new BusinessException(problemKey));
    }

    /** {@code siti.aminah@example.id} → {@code si•••@example.id}: the owner recognises it, a thief learns little. */
    static String mask(String email) {
        int at = email.indexOf('@');
        String local = at < 0 ? email : email.substring(0, at);
        String shown = local.substring(0, Math.min(2, local.length()));
        return shown + "•••" + (at < 0 ? "" : email.substring(at));
    }
}
