package id.portaldesa.platform;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.AccountStatus;
import id.portaldesa.account.PasswordHasher;
import id.portaldesa.account.PlatformAdminSetup;
import id.portaldesa.account.Position;
import id.portaldesa.account.RegionalMembership;
import id.portaldesa.account.RegionalMembershipRepository;
import id.portaldesa.account.Registration;
import id.portaldesa.account.RegistrationService;
import id.portaldesa.account.Role;
import id.portaldesa.account.StaffService;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.seams.DemoContent;
import id.portaldesa.village.BulkOnboarding;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.OfficialList;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Demo mode only: Kabupaten Merangin with three of its real villages, each with its own colours and an
 * admin, an official and a resident, plus a platform admin and a regency admin of Merangin. All demo
 * passwords are {@value #PASSWORD}.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "demo-desa-2026";
    public static final String PLATFORM_ADMIN = "admin@portaldesa.test";
    /** Regency admin of Kabupaten Merangin (15.02): its villages only. */
    public static final String REGENCY_ADMIN = "regency@portaldesa.test";

    public static final String MERANGIN = "15.02";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** A demo village: official code, slug, domain and identity-number stems; its look is the site's. */
    record DemoVillage(String code, String slug, String domain, String nik, String kk) {}

    static final List<DemoVillage> VILLAGES = List.of(
            new DemoVillage("15.02.02.2004", "kungkai", "kungkai.localhost", "1502021205900001", "1502020101200001"),
            new DemoVillage("15.02.02.2024", "sungai-kapas", null, "1502024508880002", "1502021502190002"),
            new DemoVillage("15.02.20.2001", "tambang-emas", null, "1502200307950003", "1502201003210003"));

    @Inject
    VillageService villages;

    @Inject
    StaffService staff;

    @Inject
    RegistrationService registrations;

    @Inject
    PlatformAdminSetup setup;

    @Inject
    AccountRepository accounts;

    @Inject
    OfficialList officialList;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    PasswordHasher passwords;

    @Inject
    RegionalMembershipRepository regional;

    @Inject
    Clock clock;

    @Inject
    Instance<DemoContent> demoContent;

    @Inject
    CurrentUser user;

    @Inject
    BulkOnboarding bulk;

    /**
     * The platform's demo accounts and the first demo village, when missing; else nothing. The start
     * waits for this; the other villages follow ({@link #loadMissingVillage}).
     */
    @ActivateRequestContext
    @Transactional
    public List<VillageRef> loadFirstIfEmpty() {
        if (villages.isOnboarded(VILLAGES.get(0).code())) {
            return List.of();
        }
        return PasswordHasher.reusingHashes(() -> {
            awaitRegions();
            String passwordHash = passwords.hash(PASSWORD);
            Account platformAdmin = setup.createDemoAccount(PLATFORM_ADMIN, "Admin Portal Desa", passwordHash, true);
            Account regencyAdmin =
                    setup.createDemoAccount(REGENCY_ADMIN, "Admin Kabupaten Merangin", passwordHash, false);
            regional.add(new RegionalMembership(
                    regencyAdmin.getId(), Role.REGENCY_ADMIN, MERANGIN, platformAdmin.getId(), clock.instant()));
            return List.of(load(VILLAGES.get(0), passwordHash));
        });
    }

    /** How many demo villages there are; {@link #loadMissingVillage} takes their positions. */
    public int villageCount() {
        return VILLAGES.size();
    }

    /**
     * The demo village at this position, in a transaction of its own, when it is missing (a start
     * cut off while loading it loads it the next time); else nothing.
     */
    @ActivateRequestContext
    @Transactional
    public java.util.Optional<VillageRef> loadMissingVillage(int position) {
        DemoVillage demo = VILLAGES.get(position);
        if (villages.isOnboarded(demo.code())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(PasswordHasher.reusingHashes(() -> {
            awaitRegions();
            return load(demo, passwords.hash(PASSWORD));
        }));
    }

    /** Names the fictional demo accounts of the local run (listed in the README too); the log holds no other address. */
    public void announce() {
        LOG.info("Demo data loaded: 3 villages of Kabupaten Merangin; log in as " + PLATFORM_ADMIN + " (platform) or "
                + REGENCY_ADMIN + " (Merangin) / " + PASSWORD);
    }

    /**
     * The first start loads the official list meanwhile: the regency's and the villages' rows must be
     * there (the regency admin's role refers to Merangin's row directly).
     */
    private void awaitRegions() {
        officialList.awaitRegion(
                VILLAGES.stream().map(DemoVillage::code).max(String::compareTo).orElseThrow());
    }

    private VillageRef load(DemoVillage demo, String passwordHash) {
        VillageRef village = villages.onboard(demo.code(), demo.slug(), demo.domain());
        currentVillage.actFor(village);
        Account admin = setup.createDemoAccount(
                "admin@" + demo.slug() + ".test", "Admin " + village.name(), passwordHash, false);
        staff.grant(admin.getId(), Role.VILLAGE_ADMIN, null);
        Account secretary = setup.createDemoAccount(
                "sekdes@" + demo.slug() + ".test", "Sekdes " + village.name(), passwordHash, false);
        staff.grant(secretary.getId(), Role.OFFICIAL, Position.SECRETARY);
        String residentEmail = "warga@" + demo.slug() + ".test";
        registrations.register(
                new Registration("Warga " + village.name(), residentEmail, PASSWORD, demo.nik(), demo.kk()),
                Locale.forLanguageTag("id"));
        accounts.findByEmail(residentEmail).orElseThrow().setStatus(AccountStatus.ACTIVE);
        // The village's content is the admin's, as if they had written it (services check who acts);
        // last, so that content made by the village's people (the demo resident's shop) finds them.
        user.actAs(admin.getId());
        demoContent.forEach(DemoContent::fillCurrentVillage);
        return village;
    }

    /** The features' demo work that needs the demo data committed ({@link DemoContent#afterLoad}). */
    @ActivateRequestContext
    public void afterLoad(List<VillageRef> loaded) {
        for (VillageRef village : loaded) {
            currentVillage.actFor(village);
            demoContent.forEach(DemoContent::afterLoad);
        }
    }

    /**
     * Benchmarks: how many further villages of the official list to onboard so that there are {@code
     * count} besides the demo villages; none on a restart that finds them.
     */
    public int extraVillagesMissing(int count) {
        return Math.max(0, count - (int) (villages.count() - VILLAGES.size()));
    }

    /**
     * Benchmarks: onboards {@code missing} further villages of the official list, in code order. The
     * same fast path as the console's onboarding of a whole region (all 83,762 in seconds); plain JDBC
     * and one change event, so it runs on a thread of its own.
     */
    public int onboardExtra(int missing) {
        try {
            return bulk.onboard(null, missing, done -> {}).onboarded().size();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not onboard the extra villages", e);
        }
    }
}
