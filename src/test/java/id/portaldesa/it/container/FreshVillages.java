package id.portaldesa.it.container;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.AccountStatus;
import id.portaldesa.account.PasswordHasher;
import id.portaldesa.account.PlatformAdminSetup;
import id.portaldesa.account.Position;
import id.portaldesa.account.Registration;
import id.portaldesa.account.RegistrationService;
import id.portaldesa.account.Role;
import id.portaldesa.account.StaffService;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;

/**
 * A fresh village with its people, built through the services like the demo data is: an active
 * village admin, an official (sekdes) and a confirmed resident, all with one known password. For
 * tests that drive the portal from outside (HTTP, browser) and must not change the demo villages.
 */
@ApplicationScoped
public class FreshVillages {

    /** Long enough for {@code @AccountPassword}; each village gets its own random one anyway. */
    static final int PASSWORD_LENGTH = 16;

    /** What a test needs to know about the village it was given. */
    public record FreshVillage(
            long id,
            String code,
            String slug,
            String name,
            String adminEmail,
            String officialEmail,
            String residentEmail,
            String password,
            String domain) {}

    @Inject
    Fixtures fixtures;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    PlatformAdminSetup setup;

    @Inject
    StaffService staff;

    @Inject
    RegistrationService registrations;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Transactional
    public FreshVillage create() {
        return create(false);
    }

    /** With its own domain ({@code <slug>.desa.test}) when asked: see {@link Fixtures#freshVillage(boolean)}. */
    @Transactional
    public FreshVillage create(boolean withDomain) {
        VillageRef village = fixtures.freshVillage(withDomain);
        String password = "uji-" + java.util.UUID.randomUUID().toString().substring(0, PASSWORD_LENGTH - 4);
        String hash = passwords.hash(password);
        String admin = Fixtures.email("admin");
        String official = Fixtures.email("sekdes");
        String resident = Fixtures.email("warga");
        currentVillage.within(village, () -> {
            Account a = setup.createDemoAccount(admin, "Admin " + village.name(), hash, false);
            staff.grant(a.getId(), Role.VILLAGE_ADMIN, null);
            Account o = setup.createDemoAccount(official, "Sekdes " + village.name(), hash, false);
            staff.grant(o.getId(), Role.OFFICIAL, Position.SECRETARY);
            registrations.register(
                    new Registration("Warga " + village.name(), resident, password, Fixtures.nik(), Fixtures.kk()),
                    Locale.forLanguageTag("id"));
            accounts.findByEmail(resident).orElseThrow().setStatus(AccountStatus.ACTIVE);
            return null;
        });
        return new FreshVillage(
                village.id(),
                village.code(),
                village.slug(),
                village.name(),
                admin,
                official,
                resident,
                password,
                village.primaryHost() == null ? "" : village.primaryHost());
    }
}
