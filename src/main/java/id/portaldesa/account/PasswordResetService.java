package id.portaldesa.account;

import id.portaldesa.account.validation.AccountPassword;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.ratelimit.Limit;
import id.portaldesa.shared.ratelimit.RateLimiter;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Forgotten passwords: a reset link by mail, valid one hour, used once. Asking gives the same answer
 * in the same time whether or not the address has an account: the request only hands the address to
 * an asynchronous task, which looks it up and writes the mail (see {@link ResetMails}).
 *
 * <p>A reset of a pending account also confirms its address: the link was opened from that mailbox,
 * which is all the confirmation link proves. Disabled and deleted accounts get no mail.
 */
@ApplicationScoped
public class PasswordResetService {

    static final Duration RESET_VALID = Duration.ofHours(1);

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ResetMails mails;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    /**
     * Asks for a reset link to be mailed to this address, if it belongs to an account that may use one.
     *
     * @param village where the person asked (the link leads back there), or null on the platform
     */
    public void requestReset(
            @NotBlank @Email @Size(max = 190) String email, VillageRef village, @NotNull Locale locale) {
        String normalised = AccountRepository.normaliseEmail(email);
        // Counted per address asked for, known or not, so the refusal says nothing about who exists;
        // ResetMails also caps the mails an existing account receives (3 an hour).
        rateLimiter.attemptByAccount(Limit.PASSWORD_RESET, normalised);
        mails.sendIfKnown(normalised, village, locale);
    }

    /** Why a link cannot be used (an i18n key), or null when it can: checked before showing the form. */
    @Transactional
    public String problemWith(String token) {
        try {
            usable(token);
            return null;
        } catch (BusinessException e) {
            return e.getMessageKey();
        }
    }

    /** Sets the new password, ends every open reset and email-change link, and logs out all sessions. */
    @Transactional
    public void reset(@NotBlank String token, @NotBlank @AccountPassword String newPassword) {
        AccountToken stored = usable(token);
        Instant now = clock.instant();
        Account account = accounts.find(stored.getAccountId()).orElseThrow();
        if (!tokens.claim(stored, now)) {
            throw new BusinessException("account.reset.used");
        }
        tokens.endOpen(account.getId(), now, AccountToken.Purpose.RESET_PASSWORD, AccountToken.Purpose.CHANGE_EMAIL);
        // A new hash also ends every session that was logged in with the old one (CurrentUser).
        account.setPasswordHash(passwords.hash(newPassword));
        if (account.getStatus() == AccountStatus.PENDING) {
            account.setStatus(AccountStatus.ACTIVE);
        }
    }

    private AccountToken usable(String token) {
        AccountToken stored = tokens.find(token, AccountToken.Purpose.RESET_PASSWORD)
                .orElseThrow(() -> new BusinessException("account.reset.invalid"));
        if (stored.isUsed()) {
            throw new BusinessException("account.reset.used");
        }
        if (stored.isExpired(clock.instant())) {
            throw new BusinessException("account.reset.expired");
        }
        AccountStatus status =
                accounts.find(stored.getAccountId()).map(Account::getStatus).orElse(AccountStatus.DELETED);
        if (status != AccountStatus.ACTIVE && status != AccountStatus.PENDING) {
            throw new BusinessException("account.reset.invalid");
        }
        return stored;
    }
}
