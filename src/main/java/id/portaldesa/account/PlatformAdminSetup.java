package id.portaldesa.account;

import id.portaldesa.account.validation.AccountPassword;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.Tokens;
import id.portaldesa.village.VillageLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A production deployment starts with no account at all. Until a platform admin exists, each start
 * prints a one-time setup link to the log; whoever can read the server log creates the first admin.
 * A link works once, for 24 hours, even when two requests race with it; using one ends the others.
 */
@ApplicationScoped
@Transactional
public class PlatformAdminSetup {

    static final Duration LINK_VALID = Duration.ofHours(24);

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Inject
    VillageLinks links;

    @Inject
    AccountTokens tokens;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** @return the setup link, when no platform admin exists yet */
    public Optional<String> newSetupLinkIfNeeded() {
        if (accounts.anyPlatformAdmin()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String token = Tokens.newToken();
        em.persist(new AccountToken(
                null, AccountToken.Purpose.PLATFORM_SETUP, Tokens.sha256(token), now, now.plus(LINK_VALID)));
        return Optional.of(links.platformPage("/public/account/setup.xhtml", "token", token));
    }

    public Account createFirstAdmin(
            @NotBlank String token,
            @NotBlank @Email String email,
            @NotBlank @Size(max = 120) String name,
            @NotBlank @AccountPassword String password) {
        AccountToken stored = em.createQuery(
                        "select t from AccountToken t where t.tokenHash = :h and t.purpose = :p", AccountToken.class)
                .setParameter("h", Tokens.sha256(token))
                .setParameter("p", AccountToken.Purpose.PLATFORM_SETUP)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("account.confirm.invalid"));
        Instant now = clock.instant();
        if (stored.isExpired(now)) {
            throw new BusinessException("account.confirm.expired");
        }
        if (stored.isUsed() || accounts.anyPlatformAdmin()) {
            throw new BusinessException("account.confirm.used");
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new BusinessException("account.email.taken");
        }
        // One conditional update claims the link: of two requests racing with it, one makes an admin;
        // every other setup link printed by earlier starts ends with it.
        if (!tokens.claim(stored, now)) {
            throw new BusinessException("account.confirm.used");
        }
        em.createQuery("update AccountToken t set t.usedAt = :now where t.purpose = :p and t.usedAt is null")
                .setParameter("now", now)
                .setParameter("p", AccountToken.Purpose.PLATFORM_SETUP)
                .executeUpdate();
        Account admin = new Account(
                AccountRepository.normaliseEmail(email),
                name.trim(),
                passwords.hash(password),
                AccountStatus.ACTIVE,
                now);
        admin.setPlatformAdmin(true);
        accounts.add(admin);
        return admin;
    }

    /**
     * Creates an active account directly: demo data only. Demo accounts share one password, so they
     * share its hash too (hashing costs a quarter second each at start).
     */
    public Account createDemoAccount(String email, String name, String passwordHash, boolean platformAdmin) {
        Account account = new Account(
                AccountRepository.normaliseEmail(email), name, passwordHash, AccountStatus.ACTIVE, clock.instant());
        account.setPlatformAdmin(platformAdmin);
        accounts.add(account);
        return account;
    }
}
