package id.portaldesa.account;

import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.Tokens;
import id.portaldesa.shared.crypto.PersonalDataCipher;
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

/** Residents register in their village and confirm their email address before they can log in. */
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

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Creates a pending account, the resident record and the confirmation mail.
     *
     * @throws BusinessException with the key of the first problem (NIK, KK, email, duplicate NIK)
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
        String email = AccountRepository.normaliseEmail(registration.email());
        if (accounts.findByEmail(email).isPresent()) {
            throw new BusinessException("account.email.taken");
        }
        String nikHash = cipher.lookupHash(village.id(), nik);
        if (residents.nikTaken(nikHash)) {
            throw new BusinessException("account.nik.taken");
        }
        Instant now = clock.instant();
        Account account = new Account(
                email, registration.name().trim(), passwords.hash(registration.password()), AccountStatus.PENDING, now);
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

    /** Activates the account behind a confirmation link; each link works once, for 48 hours. */
    public Account confirm(String token) {
        AccountToken stored = findToken(token, AccountToken.Purpose.CONFIRM_EMAIL);
        Instant now = clock.instant();
        if (stored.isUsed()) {
            // Mail scanners often open links before the person does: say the address is confirmed.
            throw new BusinessException("account.confirm.again");
        }
        if (stored.isExpired(now)) {
            throw new BusinessException("account.confirm.expired");
        }
        stored.use(now);
        Account account = accounts.find(stored.getAccountId()).orElseThrow();
        if (account.getStatus() == AccountStatus.PENDING) {
            account.setStatus(AccountStatus.ACTIVE);
        }
        return account;
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
