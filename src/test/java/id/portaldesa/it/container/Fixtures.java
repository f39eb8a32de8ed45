package id.portaldesa.it.container;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.AccountStatus;
import id.portaldesa.account.PlatformAdminSetup;
import id.portaldesa.account.Position;
import id.portaldesa.account.RegionalMembership;
import id.portaldesa.account.RegionalMembershipRepository;
import id.portaldesa.account.Role;
import id.portaldesa.account.StaffService;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.notify.MailOutbox;
import id.portaldesa.shared.mail.OutgoingMail;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.Region;
import id.portaldesa.village.RegionRepository;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fresh villages and unique values per test, built through the services, so tests never share data. */
@ApplicationScoped
public class Fixtures {

    @Inject
    VillageService villages;

    @Inject
    RegionRepository regions;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    PlatformAdminSetup setup;

    @Inject
    StaffService staff;

    @Inject
    CurrentUser user;

    /** Test accounts that act in-container never log in: a hash no password matches. */
    private static final String NO_PASSWORD = "no-login";

    CurrentUser currentUser;

    @Inject
    AccountRepository accounts;

    @Inject
    RegionalMembershipRepository regional;

    /**
     * Onboards a village of the official list that nobody has onboarded yet (from Aceh onwards). In
     * one transaction, reads included: an entity manager used outside one belongs to the test's
     * request, and a test's racing tasks on the managed executor close it under that request.
     */
    @Transactional
    public synchronized VillageRef freshVillage() {
        return freshVillage(false);
    }

    /**
     * A fresh village, with its own domain {@code <slug>.desa.test} when asked: tests reach it by
     * that name in the Host header (nothing resolves the name; the portal only reads the header).
     */
    @Transactional
    public synchronized VillageRef freshVillage(boolean withDomain) {
        Region region = regions.villagesNotOnboarded(1).get(0);
        String slug = villages.suggestSlug(region.getCode());
        return villages.onboard(region.getCode(), slug, withDomain ? slug + ".desa.test" : null);
    }

    /** A fresh village inside this regency or province, e.g. {@code 15.02}. */
    @Transactional
    public synchronized VillageRef freshVillageIn(String region) {
        String code = freshCodeIn(region);
        return villages.onboard(code, villages.suggestSlug(code), null);
    }

    /** A village of the official list inside this region that nobody has onboarded yet. */
    @Transactional
    public String freshCodeIn(String region) {
        return regions.villagesNotOnboardedIn(region, 1).get(0).getCode();
    }

    public void actFor(VillageRef village) {
        currentVillage.actFor(village);
    }

    /**
     * Acts for the village as a new admin of it, as that admin's own requests would: services check
     * the permission of whoever acts.
     */
    @Transactional
    public Account actAsAdminOf(VillageRef village) {
        actFor(village);
        Account admin = setup.createDemoAccount(email("admin"), "Admin " + village.name(), NO_PASSWORD, false);
        staff.grant(admin.getId(), Role.VILLAGE_ADMIN, null);
        user.actAs(admin.getId());
        return admin;
    }

    /** A staff member of the village acted for, granted directly (no invitation): the account. */
    @Transactional
    public Account staffOfCurrentVillage(Role role, Position position, String name) {
        Account account = setup.createDemoAccount(
                email(role.name().toLowerCase(java.util.Locale.ROOT)), name, NO_PASSWORD, false);
        staff.grant(account.getId(), role, position);
        return account;
    }

    /** Acts as a platform admin (of no village), e.g. to invite a village's first admin. */
    @Transactional
    public Account actAsPlatformAdmin() {
        Account admin = setup.createDemoAccount(email("platform"), "Admin Platform", NO_PASSWORD, true);
        user.actAs(admin.getId());
        return admin;
    }

    /** A fresh account (that cannot log in: tests act as it with {@link #actAs}). */
    @Transactional
    public Account person(String who) {
        Account account = new Account(email(who), who, "-", AccountStatus.ACTIVE, Instant.now());
        accounts.add(account);
        return account;
    }

    @Transactional
    public Account platformAdmin() {
        Account account = new Account(email("platform"), "Platform", "-", AccountStatus.ACTIVE, Instant.now());
        account.setPlatformAdmin(true);
        accounts.add(account);
        return account;
    }

    /** A fresh person holding a regency role for this regency or province. */
    @Transactional
    public Account regional(Role role, String region) {
        Account account = person(role.name().toLowerCase(java.util.Locale.ROOT));
        regional.add(new RegionalMembership(account.getId(), role, region, null, Instant.now()));
        return account;
    }

    /** The rest of the test runs as this person, as if they had logged in. */
    public void actAs(Account account) {
        user.actAs(account.getId());
    }

    /** Runs work for a village, then returns to the one acted for before. */
    public <T> T within(VillageRef village, java.util.function.Supplier<T> work) {
        return currentVillage.within(village, work);
    }

    /**
     * The one-time token of the newest link mailed to this address, as the person would click it
     * (taken from the mail as it was handed to the outbox: see {@link SentMailRecorder}).
     */
    public static String tokenFromLastMailTo(MailOutbox outbox, String email) {
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(lastMailTo(email));
        if (!m.find()) {
            throw new IllegalStateException("No link in the mail to " + email);
        }
        return m.group(1);
    }

    /** The text of the newest mail to this address. */
    public static String lastMailTo(String email) {
        List<OutgoingMail> mails = mailsTo(email);
        if (mails.isEmpty()) {
            throw new IllegalStateException("No mail to " + email);
        }
        return mails.get(mails.size() - 1).body();
    }

    /** The text of the n-th mail (from 0) to this address. */
    public static String mailTo(String email, int n) {
        return mailsTo(email).get(n).body();
    }

    private static List<OutgoingMail> mailsTo(String email) {
        return CDI.current().select(SentMailRecorder.class).get().to(email);
    }

    public static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.test";
    }

    /** A valid NIK of Kecamatan Bangko (15.02.02): random date and serial, so reruns on one database do not collide. */
    public static String nik() {
        return identityNumber();
    }

    /** A valid KK number of Kecamatan Bangko, random like {@link #nik()}. */
    public static String kk() {
        return identityNumber();
    }

    private static String identityNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format(
                "150202%02d%02d%02d%04d",
                random.nextInt(1, 29), random.nextInt(1, 13), random.nextInt(0, 100), random.nextInt(1, 10000));
    }
}
