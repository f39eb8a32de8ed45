package id.portaldesa.account;

import id.portaldesa.account.security.LoginThrottling;
import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.privacy.DataSubject;
import id.portaldesa.shared.privacy.PersonalDataSource;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the account feature holds about a person: the account, its memberships and resident records
 * in every village (NIK and KK decrypted: the export goes to the person alone), and the staff
 * invitations sent to their address. Link tokens and the password hash are never exported.
 *
 * <p>These are the only queries of village-owned tables that are not filtered by the current
 * village: they are filtered by the person's own account id instead, because the person is one
 * across villages and asks for their own data.
 */
@ApplicationScoped
public class AccountPersonalData implements PersonalDataSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    VillageDirectory villages;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AccountTokens tokens;

    @Inject
    Clock clock;

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Object export(DataSubject subject) {
        Account account = em.find(Account.class, subject.accountId());
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", account.getId());
        profile.put("name", account.getDisplayName());
        profile.put("email", account.getEmail());
        profile.put("phone", account.getPhone());
        profile.put("whatsapp", account.getWhatsapp());
        profile.put("status", account.getStatus().name());
        profile.put("platformAdmin", account.isPlatformAdmin());
        profile.put("createdAt", account.getCreatedAt());
        out.put("profile", profile);
        out.put(
                "memberships",
                em.createQuery("select m from Membership m where m.accountId = :a order by m.id", Membership.class)
                        .setParameter("a", subject.accountId())
                        .getResultStream()
                        .map(m -> {
                            Map<String, Object> row = village(m.getVillageId());
                            row.put("role", m.getRole().name());
                            row.put(
                                    "position",
                                    m.getPosition() == null
                                            ? null
                                            : m.getPosition().name());
                            row.put("grantedAt", m.getGrantedAt());
                            row.put("active", m.isActive());
                            return row;
                        })
                        .toList());
        out.put(
                "residentRecords",
                residents(subject).stream()
                        .map(r -> {
                            Map<String, Object> row = village(r.getVillageId());
                            row.put("nik", r.hasNik() ? cipher.decrypt(r.getNikCipher()) : null);
                            row.put(
                                    "familyCardNumber",
                                    r.hasFamilyCardNumber() ? cipher.decrypt(r.getKkCipher()) : null);
                            row.put("registeredAt", r.getCreatedAt());
                            return row;
                        })
                        .toList());
        out.put(
                "staffInvitations",
                em.createQuery("select i from Invitation i where i.email = :e order by i.id", Invitation.class)
                        .setParameter("e", subject.email())
                        .getResultStream()
                        .map(i -> {
                            Map<String, Object> row = village(i.getVillageId());
                            row.put("role", i.getRole().name());
                            row.put(
                                    "position",
                                    i.getPosition() == null
                                            ? null
                                            : i.getPosition().name());
                            row.put("sentAt", i.getCreatedAt());
                            return row;
                        })
                        .toList());
        return out;
    }

    /**
     * The account row stays (its id is referenced) with a pseudonym; memberships are revoked; resident
     * records keep their ids with the numbers erased (the NIK hash becomes a unique pseudonymous
     * value, never a possible HMAC); invitations to the address lose it; links and failed-login
     * counts of the address are deleted.
     */
    @Override
    public void erase(DataSubject subject) {
        Instant now = clock.instant();
        long id = subject.accountId();
        String placeholder = "terhapus-" + id + "@akun.invalid";
        em.createQuery("update Membership m set m.revokedAt = :now where m.accountId = :a and m.revokedAt is null")
                .setParameter("now", now)
                .setParameter("a", id)
                .executeUpdate();
        em.createNativeQuery("UPDATE resident SET nik_cipher = '', kk_cipher = '', nik_hash = CONCAT('erased:', id),"
                        + " kk_hash = CONCAT('erased:', id), version = version + 1 WHERE account_id = ?")
                .setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("UPDATE invitation SET email = ?, version = version + 1 WHERE email = ?")
                .setParameter(1, placeholder)
                .setParameter(2, subject.email())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM login_throttle WHERE subject_kind = 'ACCOUNT' AND subject = ?")
                .setParameter(1, LoginThrottling.accountHash(subject.email()))
                .executeUpdate();
        tokens.deleteAll(id);
        em.find(Account.class, id).erase(now);
    }

    private List<Resident> residents(DataSubject subject) {
        return em.createQuery("select r from Resident r where r.accountId = :a order by r.id", Resident.class)
                .setParameter("a", subject.accountId())
                .getResultList();
    }

    private Map<String, Object> village(long villageId) {
        Map<String, Object> row = new LinkedHashMap<>();
        VillageRef village = villages.byId(villageId).orElse(null);
        row.put("villageCode", village == null ? null : village.code());
        row.put("village", village == null ? null : village.name());
        return row;
    }
}
