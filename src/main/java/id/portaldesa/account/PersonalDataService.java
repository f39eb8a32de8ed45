package id.portaldesa.account;

import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.privacy.DataSubject;
import id.portaldesa.shared.privacy.PersonalDataJson;
import id.portaldesa.shared.privacy.PersonalDataSource;
import id.portaldesa.village.VillageDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's rights over their data (UU 27/2022, README "Personal data"): download everything the
 * portal holds about them, and delete their account. Both collect every {@link PersonalDataSource}
 * of every feature, and both need the current password, as the session alone may be a borrowed one.
 */
@ApplicationScoped
@Transactional
public class PersonalDataService {

    @Inject
    Instance<PersonalDataSource> sources;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountSettingsService settings;

    @Inject
    VillageDirectory villages;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The person's data as JSON, one section per feature. */
    public String export(long accountId, @NotBlank String currentPassword) {
        Account account = own(accountId);
        settings.checkPassword(account, currentPassword);
        DataSubject subject = new DataSubject(accountId, account.getEmail());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("exportedAt", clock.instant());
        for (PersonalDataSource source : ordered()) {
            Object part = source.export(subject);
            if (part != null) {
                out.put(source.section(), part);
            }
        }
        return PersonalDataJson.write(out);
    }

    /**
     * Erases the person's data in every feature and leaves a pseudonymous account that can never log
     * in. The last admin of a village, or the last platform admin, hands over first.
     */
    public void deleteAccount(long accountId, @NotBlank String currentPassword) {
        Account account = own(accountId);
        settings.checkPassword(account, currentPassword);
        if (account.isPlatformAdmin()
                && em.createQuery(
                                        "select count(a) from Account a where a.platformAdmin = true"
                                                + " and a.status = id.portaldesa.account.AccountStatus.ACTIVE",
                                        Long.class)
                                .getSingleResult()
                        <= 1) {
            throw new BusinessException("account.delete.lastPlatformAdmin");
        }
        List<Long> onlyAdminOf = villagesWhereOnlyAdmin(accountId);
        if (!onlyAdminOf.isEmpty()) {
            long village = onlyAdminOf.get(0);
            throw new BusinessException(
                    "account.delete.lastAdmin",
                    villages.byId(village).map(v -> v.name()).orElse("#" + village));
        }
        DataSubject subject = new DataSubject(accountId, account.getEmail());
        ordered().forEach(source -> source.erase(subject));
    }

    /**
     * Erases a registration never confirmed in time, in every feature, like a deletion: its email
     * address and NIK are free again. No password is asked: nobody ever proved owning the address.
     */
    public void eraseExpiredRegistration(long accountId) {
        accounts.find(accountId)
                .filter(a -> a.getStatus() == AccountStatus.PENDING)
                .ifPresent(a -> {
                    DataSubject subject = new DataSubject(accountId, a.getEmail());
                    ordered().forEach(source -> source.erase(subject));
                });
    }

    /** Villages (by id) where this account is the only active admin. Across villages: it is the person's own. */
    private List<Long> villagesWhereOnlyAdmin(long accountId) {
        return em.createQuery(
                        "select m.villageId from Membership m where m.accountId = :a and m.revokedAt is null"
                                + " and m.role = id.portaldesa.account.Role.VILLAGE_ADMIN and not exists ("
                                + "select o from Membership o where o.villageId = m.villageId and o.accountId <> :a"
                                + " and o.revokedAt is null and o.role = id.portaldesa.account.Role.VILLAGE_ADMIN)",
                        Long.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    private List<PersonalDataSource> ordered() {
        // The account's own section first, then the features by name: the file reads the same every time.
        return sources.stream()
                .sorted(Comparator.comparing(
                                (PersonalDataSource s) -> !s.section().equals("account"))
                        .thenComparing(PersonalDataSource::section))
                .toList();
    }

    private Account own(long accountId) {
        return accounts.find(accountId).filter(Account::isUsable).orElseThrow(NotFoundException::new);
    }
}
