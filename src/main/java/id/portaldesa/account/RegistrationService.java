package id.portaldesa.account;

import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.Tokens;
import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.events.ResidentIdentified;
import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.shared.mail.OutgoingMail;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.RegionRepository;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Residents register in their village and confirm their email address before they can log in. The
 * form is rate-limited per visitor address by its page, and so is the confirmation button.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    static final Duration CONFIRMATION_VALID = Duration.ofHours(48);

    @Inject
    AccountRepository accounts;

    @Inject
    ResidentRepository residents;

    @Inject
    MembershipRepository memberships;

    @Inject
    RegionRepository regions;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    VillageLinks links;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    PasswordHasher passwords;

    @Inject
    Event<OutgoingMail> mail;

    @Inject
    AccountTokens tokens;

    @Inject
    Event<ResidentIdentified> identified;

    @Inject
    PersonalDataService personalData;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Creates a pending account, the resident record and the confirmation mail. The caller hears the
     * same answer whether or not the email or NIK is registered already, so the form cannot be used
     * to find out who lives in the village or has an account; the mail says what happened instead:
     * the owner of a registered address is told (not the person registering), and whoever registers
     * a NIK held by another record is told to see the village office (a NIK taken by someone else is
     * resolved there, see {@link ResidentOfficeService}). A pending registration expires after 48
     * hours: its email address and NIK are then free for a new registration.
     *
     * @throws BusinessException with the key of a malformed NIK or KK (a typing mistake, which says
     *     nothing about anybody)
     */
    public void register(@NotNull @Valid Registration registration, @NotNull Locale locale) {
        VillageRef village = currentVillage.require();
        String nik = registration.nik().trim();
        String kk = registration.familyCardNumber().trim();
        IdentityNumber.problem(IdentityNumber.Kind.NIK, nik, regions::exists).ifPresent(key -> {
            throw new BusinessException(key);
        });
        IdentityNumber.problem(IdentityNumber.Kind.KK, kk, regions::exists).ifPresent(key -> {
            throw new BusinessException(key);
        });
        // Hashed first, every time: a known address must not answer faster than a new one.
        String passwordHash = passwords.hash(registration.password());
        String email = AccountRepository.normaliseEmail(registration.email());
        String nikHash = cipher.lookupHash(village.id(), nik);
        Instant now = clock.instant();
        freeExpired(email, nikHash, now);
        Account existing = accounts.findByEmail(email).orElse(null);
        if (existing != null) {
            tellOwner(existing, village, locale);
            return;
        }
        if (residents.nikTaken(nikHash)) {
            mail.fire(new OutgoingMail(
                    village.id(),
                    email,
                    Messages.get(locale, "mail.register.nikTaken.subject", village.name()),
                    Messages.get(
                            locale,
                            "mail.register.nikTaken.body",
                            registration.name().trim(),
                            village.name(),
                            links.page(village, "/public/account/login.xhtml"))));
            return;
        }
        Account account = new Account(email, registration.name().trim(), passwordHash, AccountStatus.PENDING, now);
        accounts.add(account);
        memberships.add(new Membership(village.id(), account.getId(), Role.RESIDENT, null, now));
        residents.add(new Resident(
                village.id(),
                account.getId(),
                cipher.encrypt(Resident.nikAt(village.id(), account.getId()), nik),
                nikHash,
                cipher.encrypt(Resident.kkAt(village.id(), account.getId()), kk),
                cipher.lookupHash(village.id(), kk),
                now));
        // Records kept by NIK before this person had an account (a letter filed at the counter) are
        // linked to it by the features that keep them.
        identified.fire(new ResidentIdentified(village.id(), account.getId(), nikHash));

        String token = Tokens.newToken();
        em.persist(new AccountToken(
                account.getId(),
                AccountToken.Purpose.CONFIRM_EMAIL,
                Tokens.sha256(token),
                now,
                now.plus(CONFIRMATION_VALID)));
        String link = links.page(village, "/public/account/confirm.xhtml", "token", token);
        mail.fire(new OutgoingMail(
                village.id(),
                email,
                Messages.get(locale, "mail.confirm.subject", village.name()),
                Messages.get(locale, "mail.confirm.body", account.getDisplayName(), village.name(), link)));
    }

    /** Someone registered with an address that has an account: its owner hears of it, nobody else. */
    private void tellOwner(Account owner, VillageRef village, Locale locale) {
        if (owner.getStatus() != AccountStatus.ACTIVE && owner.getStatus() != AccountStatus.PENDING) {
            return; // disabled: nothing to offer; deleted accounts have no real address any more
        }
        mail.fire(new OutgoingMail(
                village.id(),
                owner.getEmail(),
                Messages.get(locale, "mail.register.existing.subject", village.name()),
                Messages.get(
                        locale,
                        "mail.register.existing.body",
                        owner.getDisplayName(),
                        village.name(),
                        links.page(village, "/public/account/login.xhtml"),
                        links.page(village, "/public/account/forgot.xhtml"))));
    }

    /**
     * Registrations never confirmed within {@link #CONFIRMATION_VALID} give their email address and
     * NIK back: the account is erased like a deleted one (a pseudonymous row, no NIK, no links).
     */
    private void freeExpired(String email, String nikHash, Instant now) {
        Instant cutoff = now.minus(CONFIRMATION_VALID);
        java.util.Set<Long> expired = new java.util.TreeSet<>();
        accounts.findByEmail(email)
                .filter(a -> a.getStatus() == AccountStatus.PENDING
                        && !a.getCreatedAt().isAfter(cutoff))
                .ifPresent(a -> expired.add(a.getId()));
        residents
                .byNikHash(nikHash)
                .flatMap(r -> accounts.find(r.getAccountId()))
                .filter(a -> a.getStatus() == AccountStatus.PENDING
                        && !a.getCreatedAt().isAfter(cutoff))
                .ifPresent(a -> expired.add(a.getId()));
        for (long id : expired) {
            personalData.eraseExpiredRegistration(id);
        }
        if (!expired.isEmpty()) {
            em.flush(); // the address and NIK are free before the new rows are written
        }
    }

    /**
     * Why a confirmation link cannot be used (an i18n key), or null when it can. Opening the link
     * only asks this: the address is confirmed by the button on the page ({@link #confirm}), so a
     * mail scanner opening every link activates nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String problemWith(String token) {
        try {
            usable(token);
            return null;
        } catch (BusinessException e) {
            return e.getMessageKey();
        }
    }

    /** Activates the account behind a confirmation link; each link works once, for 48 hours. */
    public Account confirm(String token) {
        AccountToken stored = usable(token);
        if (!tokens.claim(stored, clock.instant())) {
            throw new BusinessException("account.confirm.again");
        }
        Account account = accounts.find(stored.getAccountId()).orElseThrow();
        if (account.getStatus() == AccountStatus.PENDING) {
            account.setStatus(AccountStatus.ACTIVE);
        }
        return account;
    }

    private AccountToken usable(String token) {
        AccountToken stored = findToken(token, AccountToken.Purpose.CONFIRM_EMAIL);
        if (stored.isUsed()) {
            throw new BusinessException("account.confirm.again");
        }
        if (stored.isExpired(clock.instant())) {
            throw new BusinessException("account.confirm.expired");
        }
        return stored;
    }

    AccountToken findToken(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank()) {
            throw new BusinessException("account.confirm.invalid");
        }
        return em.createQuery(
                        "select t from AccountToken t where t.tokenHash = :h and t.purpose = :p", AccountToken.class)
                .setParameter("h", Tokens.sha256(token))
                .setParameter("p", purpose)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("account.confirm.invalid"));
    }

    /** The resident's own numbers, masked, for their account page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResidentIdentity identityOf(long accountId) {
        return residents
                .ofAccount(accountId)
                .filter(r -> !r.getNikCipher().isEmpty()) // erased with a deleted account
                .map(r -> new ResidentIdentity(
                        IdentityNumber.mask(cipher.decrypt(r.nikAt(), r.getNikCipher())),
                        IdentityNumber.mask(cipher.decrypt(r.kkAt(), r.getKkCipher()))))
                .orElse(null);
    }

    /** Masked NIK and KK of a resident. */
    public record ResidentIdentity(String maskedNik, String maskedFamilyCardNumber) {}
}
