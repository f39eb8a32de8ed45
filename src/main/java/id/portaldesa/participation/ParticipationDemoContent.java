package id.portaldesa.participation;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.PasswordHasher;
import id.portaldesa.account.PlatformAdminSetup;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.Tokens;
import id.portaldesa.shared.config.PortalConfig;
import id.portaldesa.shared.seams.DemoContent;
import id.portaldesa.shared.workflow.StateChanges;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageClock;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Demo mode only: each demo village gets aspirations of its demo resident ({@code warga@<slug>.test})
 * in different states (waiting, published and supported, accepted into the RKPDes, done, rejected)
 * and complaints (new and overdue, assigned with a reply, resolved and told as a "problem solved"
 * story). Start-up has no visitor, so what a visitor's request does through the services (rate
 * limits by address) is done here directly; every state change is still recorded through the
 * workflow ({@link StateChanges}) and moves made by staff go through the services as the sekdes.
 */
@ApplicationScoped
public class ParticipationDemoContent implements DemoContent {

    @Inject
    CurrentVillage currentVillage;

    @Inject
    CurrentUser user;

    @Inject
    AccountRepository accounts;

    @Inject
    AspirationRepository aspirationRows;

    @Inject
    AspirationService aspirations;

    @Inject
    ComplaintRepository complaintRows;

    @Inject
    ComplaintReferences references;

    @Inject
    ComplaintService complaints;

    @Inject
    StateChanges stateChanges;

    @Inject
    VillageClock villageClock;

    @Inject
    Labels labels;

    @Inject
    Clock clock;

    @Override
    public void fillCurrentVillage() {
        VillageRef village = currentVillage.require();
        Optional<Account> resident = accounts.findByEmail("warga@" + village.slug() + ".test");
        Optional<Account> sekdes = accounts.findByEmail("sekdes@" + village.slug() + ".test");
        long admin = user.accountId().orElseThrow();
        if (resident.isEmpty() || sekdes.isEmpty()) {
            return;
        }
        long author = resident.get().getId();
        long waiting = aspiration(
                author,
                "Lampu jalan di gang masjid",
                Category.INFRASTRUCTURE,
                "Gang menuju masjid gelap setelah magrib.\nMohon dipasang dua lampu jalan.");
        long supported = aspiration(
                author,
                "Posyandu lansia setiap bulan",
                Category.HEALTH,
                "Warga lanjut usia perlu pemeriksaan tekanan darah rutin di balai dusun.");
        long planned = aspiration(
                author,
                "Perbaikan jembatan kayu Dusun II",
                Category.INFRASTRUCTURE,
                "Papan jembatan banyak yang lapuk; anak sekolah melintas setiap hari.");
        long done = aspiration(
                author,
                "Tempat sampah terpilah di pasar desa",
                Category.ENVIRONMENT,
                "Sampah pasar menumpuk di tepi sungai. Usul tiga tempat sampah terpilah.");
        long rejected = aspiration(author, "Jual pulsa murah", Category.OTHER, "Hubungi saya untuk pulsa murah.");

        user.actAs(admin);
        for (long id : new long[] {supported, planned, done}) {
            aspirations.publish(id);
        }
        aspirations.reject(rejected, "Bukan usulan pembangunan desa.");
        for (long id : new long[] {supported, planned, done}) {
            aspirationRows.addSupport(id, author, clock.instant());
            Aspiration a = aspirationRows.lock(id);
            aspirationRows.storeCounts(a, aspirationRows.countSupports(id), a.getFlagCount());
        }
        user.actAs(sekdes.get().getId());
        aspirations.answer(planned, AspirationState.PLANNED, "Masuk RKPDes tahun depan, anggaran Dana Desa.");
        aspirations.answer(done, AspirationState.IN_PROGRESS, "Tempat sampah dipesan.");
        aspirations.answer(done, AspirationState.DONE, "Tiga tempat sampah terpasang di pasar.");

        // Complaints: one new and already overdue, one assigned with a reply, one resolved as a story.
        long overdue = complaint(
                village,
                resident.get(),
                Category.HEALTH,
                "Air sumur warga RT 02 keruh dan berbau sejak seminggu.",
                "RT 02 Dusun I",
                false,
                Duration.ofDays(3));
        long assigned = complaint(
                village,
                resident.get(),
                Category.INFRASTRUCTURE,
                "Gorong-gorong di depan sekolah tersumbat, jalan tergenang saat hujan.",
                "Depan SD Negeri",
                false,
                Duration.ofHours(5));
        long solved = complaint(
                village,
                resident.get(),
                Category.ENVIRONMENT,
                "Tumpukan sampah di tepi sungai dekat jembatan.",
                "Tepi sungai Dusun II",
                true,
                Duration.ofDays(6));
        complaints.assign(assigned, sekdes.get().getId());
        complaints.write(assigned, ComplaintMessage.Kind.REPLY, "Petugas akan membersihkan gorong-gorong hari Kamis.");
        complaints.write(assigned, ComplaintMessage.Kind.NOTE, "Perlu alat dari kecamatan.");
        complaints.assign(solved, sekdes.get().getId());
        complaints.move(solved, ComplaintState.RESOLVED, "Sampah diangkut bersama warga.");
        user.actAs(admin);
        complaints.publishStory(
                solved,
                "Tepi sungai bersih kembali",
                "Warga melaporkan tumpukan sampah di tepi sungai. Bersama warga, kantor desa mengangkutnya dalam"
                        + " dua hari dan memasang papan larangan membuang sampah.");
        complaints.prioritise(overdue, Complaint.Priority.HIGH);
        if (village.slug().equals(PortalConfig.BENCH_VILLAGE) && config.demoItems("aspirations") > 0) {
            bench(village, admin, config.demoItems("aspirations"), config.demoItems("supports"));
        }
    }

    /** The Open311 key of the benchmark (demo mode with PORTAL_DEMO_ASPIRATIONS only; localhost only). */
    static final String BENCH_KEY = "bench-open311-key-kungkai-not-secret";

    /**
     * Benchmarks only (src/bench/participation.sh): {@code count} published aspirations and {@code
     * supports} supports spread over them by bench residents, written in bulk, and an Open311 key.
     */
    private void bench(VillageRef village, long admin, int count, int supports) {
        long started = System.nanoTime();
        int supporters = Math.max(1, (supports + count - 1) / Math.max(1, count));
        List<Long> people = new ArrayList<>();
        String hash = passwords.hash("demo-desa-2026");
        for (int i = 0; i < supporters; i++) {
            people.add(setup.createDemoAccount(
                            "bench-warga" + i + "@" + village.slug() + ".test", "Warga Bench " + i, hash, false)
                    .getId());
        }
        Category[] categories = Category.values();
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = aspiration(
                    people.get(i % people.size()),
                    "Usulan bench " + i,
                    categories[i % categories.length],
                    "Usulan pembangunan nomor " + i + " untuk pengukuran daftar aspirasi.");
            stateChanges.move(
                    AspirationState.FLOW, id, AspirationState.SUBMITTED, AspirationState.PUBLISHED, admin, null);
            aspirationRows.lock(id).moved(AspirationState.PUBLISHED, null, now.minusSeconds(count - i));
            ids.add(id);
        }
        aspirationRows.flush();
        int given = 0;
        StringBuilder sql = new StringBuilder();
        int rows = 0;
        for (int i = 0; i < ids.size() && given < supports; i++) {
            for (int p = 0; p < people.size() && given < supports; p++, given++) {
                sql.append(rows == 0 ? "" : ",")
                        .append('(')
                        .append(village.id())
                        .append(',')
                        .append(ids.get(i))
                        .append(',')
                        .append(people.get(p))
                        .append(",CURRENT_TIMESTAMP)");
                if (++rows == 1000) {
                    insertSupports(sql);
                    rows = 0;
                }
            }
        }
        if (rows > 0) {
            insertSupports(sql);
        }
        em.createNativeQuery("UPDATE aspiration a SET support_count = (SELECT COUNT(*) FROM aspiration_support s"
                        + " WHERE s.aspiration_id = a.id) WHERE a.village_id = ?1")
                .setParameter(1, village.id())
                .executeUpdate();
        em.persist(new ApiKey(village.id(), "bench", Tokens.sha256(BENCH_KEY), now));
        LOG.info("Demo aspirations: " + count + " with " + given + " supports in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private void insertSupports(StringBuilder values) {
        em.createNativeQuery(
                        "INSERT INTO aspiration_support (village_id, aspiration_id, account_id, created_at) VALUES "
                                + values)
                .executeUpdate();
        values.setLength(0);
    }

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(ParticipationDemoContent.class.getName());

    @Inject
    PortalConfig config;

    @Inject
    PlatformAdminSetup setup;

    @Inject
    PasswordHasher passwords;

    @PersistenceContext
    EntityManager em;

    private long aspiration(long author, String title, Category category, String description) {
        Aspiration a = new Aspiration(
                currentVillage.id(),
                author,
                new AspirationDraft(title, description, category, "Dusun I", "2", "1", null, null).checked(),
                clock.instant());
        aspirationRows.add(a);
        aspirationRows.flush();
        stateChanges.move(AspirationState.FLOW, a.getId(), null, AspirationState.SUBMITTED, author, null);
        return a.getId();
    }

    /** A resident's complaint filed {@code ago}, in the queue since then (so the SLA can be past). */
    private long complaint(
            VillageRef village,
            Account resident,
            Category category,
            String text,
            String where,
            boolean consent,
            Duration ago) {
        Instant at = clock.instant().minus(ago);
        Complaint c = new Complaint(
                village.id(),
                references.next(
                        village.id(),
                        village.name(),
                        YearMonth.from(villageClock.of(village).dateOf(at))),
                Tokens.sha256(Tokens.newToken()),
                null,
                new ComplaintDraft(category, text, where, (BigDecimal) null, null, false, consent).checked(),
                resident.getId(),
                resident.getDisplayName(),
                resident.getEmail(),
                "web",
                at);
        complaintRows.add(c);
        complaintRows.flush();
        int target = labels.slaHours(village.id(), category);
        stateChanges.move(
                ComplaintState.FLOW,
                c.getId(),
                null,
                ComplaintState.NEW,
                resident.getId(),
                null,
                category.name(),
                target);
        c.due(Sla.dueAt(at, target));
        return c.getId();
    }
}
