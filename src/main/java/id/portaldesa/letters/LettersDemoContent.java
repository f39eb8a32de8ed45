package id.portaldesa.letters;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.AccountStatus;
import id.portaldesa.account.ConfirmationMethod;
import id.portaldesa.account.FamilyRelation;
import id.portaldesa.account.MaritalStatus;
import id.portaldesa.account.NewFamilyMember;
import id.portaldesa.account.PasswordHasher;
import id.portaldesa.account.PersonalData;
import id.portaldesa.account.PlatformAdminSetup;
import id.portaldesa.account.Position;
import id.portaldesa.account.Registration;
import id.portaldesa.account.RegistrationService;
import id.portaldesa.account.Religion;
import id.portaldesa.account.ResidentDataService;
import id.portaldesa.account.ResidentOfficeService;
import id.portaldesa.account.ResidentRepository;
import id.portaldesa.account.Role;
import id.portaldesa.account.Sex;
import id.portaldesa.account.StaffService;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.letters.issue.LetterIssuer;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.seams.DemoContent;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Demo mode only: each demo village offers five letters, has a kades ({@code kades@<slug>.test}) and
 * an operator ({@code operator@<slug>.test}) besides the demo data's sekdes, and two residents of its
 * own with requests in different states: submitted, checked, returned with a note, rejected, and one
 * from a resident not yet confirmed. Scans are drawn pictures, uploaded through the media pipeline.
 */
@ApplicationScoped
public class LettersDemoContent implements DemoContent {

    /** The demo password of every demo account (the README lists it; platform's DemoData uses it too). */
    static final String PASSWORD = "demo-desa-2026";

    static final List<String> ENABLED = List.of("SKD", "SKU", "SKTM", "SKCK", "SKL", "SKM");

    @Inject
    CurrentVillage currentVillage;

    @Inject
    CurrentUser user;

    @Inject
    LetterTypeService types;

    @Inject
    PlatformAdminSetup setup;

    @Inject
    StaffService staff;

    @Inject
    RegistrationService registrations;

    @Inject
    AccountRepository accounts;

    @Inject
    ResidentRepository residents;

    @Inject
    ResidentOfficeService residentOffice;

    @Inject
    ResidentDataService residentData;

    @Inject
    PasswordHasher passwords;

    @Inject
    ResidentRequests requests;

    @Inject
    LetterOffice office;

    @Inject
    LetterIssuer issuer;

    @Inject
    ShippedTypes shipped;

    @Inject
    LetterTypeRepository typeRows;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(LettersDemoContent.class.getName());

    @Override
    public void fillCurrentVillage() {
        VillageRef village = currentVillage.require();
        long admin = user.accountId().orElseThrow();
        ENABLED.forEach(code -> types.enable(code, true));

        String hash = passwords.hash(PASSWORD);
        Account kades = setup.createDemoAccount("kades@" + village.slug() + ".test", "Ahmad Fauzi", hash, false);
        staff.grant(kades.getId(), Role.OFFICIAL, Position.HEAD);
        Account operator = setup.createDemoAccount("operator@" + village.slug() + ".test", "Rina Marlina", hash, false);
        staff.grant(operator.getId(), Role.OFFICIAL, Position.OPERATOR);

        String district = village.code().replace(".", "").substring(0, 6);
        long siti = resident(village, "Siti Aminah", "siti", district + "450888" + "0101", district + "0101200101");
        long budi = resident(village, "Budi Santoso", "budi", district + "120591" + "0102", district + "0101200102");
        user.actAs(admin);
        residentOffice.confirm(residentId(siti), ConfirmationMethod.COUNTER, null);

        user.actAs(siti);
        residentData.save(new PersonalData(
                "Jl. Lintas Sumatera No. 5",
                "Dusun Mekar",
                "003",
                "001",
                "Bangko",
                LocalDate.of(1988, 8, 5),
                Sex.FEMALE,
                Religion.ISLAM,
                MaritalStatus.MARRIED,
                "Petani karet"));
        residentData.addFamilyMember(new NewFamilyMember(
                "Rahmat Hidayat", district + "150415" + "0103", FamilyRelation.CHILD, LocalDate.of(2015, 4, 15)));
        // Siti's SKD stays submitted: it waits in the operator's inbox.
        submitted("SKD", Map.of("keperluan", "Melamar pekerjaan", "lama_tinggal", "10 tahun"));
        long sku = submitted(
                "SKU",
                Map.of(
                        "nama_usaha", "Warung Siti",
                        "jenis_usaha", "Warung sembako",
                        "alamat_usaha", "Jl. Lintas Sumatera No. 5",
                        "keperluan", "Pengajuan KUR"));
        long sktm = submitted(
                "SKTM", Map.of("penghasilan", "1500000", "tanggungan", "3", "keperluan", "Keringanan biaya sekolah"));
        long skck = submitted("SKCK", Map.of("keperluan", "Melamar pekerjaan"));

        user.actAs(operator.getId());
        office.check(sku, "Data lengkap");
        office.returnToResident(sktm, "Foto KK kurang jelas, mohon unggah ulang.");
        office.reject(skck, "SKCK untuk keperluan ini diurus langsung di Polsek tanpa pengantar.");

        // Budi is not confirmed yet: his request waits for the operator to confirm him.
        user.actAs(budi);
        submitted("SKD", Map.of("keperluan", "Membuka rekening bank"));
        user.actAs(admin);
        if (village.slug().equals("kungkai")) {
            benchRequests(village, siti);
        }
    }

    /**
     * One SKD of Siti's checked, verified and signed, so the demo has a letter to download and a QR
     * code to verify. After the demo data is committed: the village's signing key is created in a
     * transaction of its own, which must find the village stored. Skipped where the letter fonts are
     * missing (a machine with only a JDK): the demo runs without it.
     */
    @Override
    @Transactional
    public void afterLoad() {
        VillageRef village = currentVillage.require();
        Optional<Account> siti = demoAccount("siti", village);
        Optional<Account> operator = demoAccount("operator", village);
        Optional<Account> secretary = demoAccount("sekdes", village);
        Optional<Account> kades = demoAccount("kades", village);
        if (!issuer.canIssue() || siti.isEmpty() || operator.isEmpty() || secretary.isEmpty() || kades.isEmpty()) {
            LOG.info(() -> "Demo village " + village.slug() + " gets no issued letter (fonts or accounts missing)");
            return;
        }
        user.actAs(siti.get().getId());
        long skd = submitted("SKD", Map.of("keperluan", "Mendaftar sekolah anak", "lama_tinggal", "10 tahun"));
        user.actAs(operator.get().getId());
        office.check(skd, null);
        user.actAs(secretary.get().getId());
        office.verify(skd, null);
        user.actAs(kades.get().getId());
        office.sign(skd, PASSWORD);
    }

    private Optional<Account> demoAccount(String name, VillageRef village) {
        return accounts.findByEmail(name + "@" + village.slug() + ".test");
    }

    /**
     * Benchmarks only ({@code PORTAL_DEMO_LETTER_REQUESTS}, demo mode): that many submitted requests
     * in Kungkai, written in multi-row inserts, submitted over the last 90 days.
     */
    private void benchRequests(VillageRef village, long applicant) {
        int count = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("portal.demo.letter.requests", Integer.class)
                .orElse(0);
        if (count <= 0) {
            return;
        }
        long started = System.currentTimeMillis();
        long typeId = typeRows.byCode("SKD").orElseThrow().getId();
        java.time.Instant now = java.time.Instant.now();
        java.util.Random random = new java.util.Random(42);
        int chunk = 200;
        for (int from = 0; from < count; from += chunk) {
            int rows = Math.min(chunk, count - from);
            StringBuilder sql =
                    new StringBuilder("INSERT INTO letter_request (village_id, type_id, type_code, type_name,"
                            + " reference, state, draft_step, applicant_account_id, subject_kind, answers, created_at, updated_at,"
                            + " submitted_at, state_since, version) VALUES ");
            for (int i = 0; i < rows; i++) {
                sql.append(i == 0 ? "" : ", ")
                        .append("(?, ?, 'SKD', 'Surat Keterangan Domisili', ?, 'SUBMITTED', 4, ?, 'SELF',"
                                + " '{\"keperluan\":\"Uji beban\"}', ?, ?, ?, ?, 0)");
            }
            var query = em.createNativeQuery(sql.toString());
            int p = 1;
            for (int i = 0; i < rows; i++) {
                java.sql.Timestamp at = java.sql.Timestamp.from(now.minusSeconds(60L + random.nextInt(90 * 24 * 3600)));
                query.setParameter(p++, village.id());
                query.setParameter(p++, typeId);
                query.setParameter(p++, "BENCH-" + (from + i + 1));
                query.setParameter(p++, applicant);
                query.setParameter(p++, at);
                query.setParameter(p++, at);
                query.setParameter(p++, at);
                query.setParameter(p++, at);
            }
            query.executeUpdate();
        }
        long took = System.currentTimeMillis() - started;
        LOG.info(() -> "Demo letter requests: " + count + " in " + took + " ms");
    }

    private long resident(VillageRef village, String name, String who, String nik, String kk) {
        String email = who + "@" + village.slug() + ".test";
        registrations.register(new Registration(name, email, PASSWORD, nik, kk), Locale.forLanguageTag("id"));
        Account account = accounts.findByEmail(email).orElseThrow();
        account.setStatus(AccountStatus.ACTIVE);
        return account.getId();
    }

    private long residentId(long accountId) {
        return residents.ofAccount(accountId).orElseThrow().getId();
    }

    /** A request of the resident acted as, filled in and submitted; its id. */
    private long submitted(String type, Map<String, String> answers) {
        long draft = requests.start(type);
        requests.saveSubject(draft, new ResidentRequests.SubjectChoice(SubjectKind.SELF, null, null, null, null));
        requests.saveAnswers(draft, answers);
        LetterTypeDefinition definition = shipped.find(type).orElseThrow();
        for (AttachmentDef a : definition.attachments()) {
            if (a.required()) {
                requests.attach(draft, a.key(), new Upload(a.key() + ".png", scan(a.key())));
            }
        }
        requests.attachmentsDone(draft);
        requests.submit(draft);
        return draft;
    }

    /** A drawn stand-in for a scanned document: a card with lines, no real data, no fonts needed. */
    static byte[] scan(String kind) {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0xdcefff));
            g.fillRect(0, 0, 640, 400);
            g.setColor(new Color(0x1565c0));
            g.fillRect(0, 0, 640, 60);
            g.setColor(new Color(0x90a4ae));
            for (int y = 100; y < 360; y += 40) {
                g.fillRect(40, y, 360 - (kind.length() * 7 % 120), 14);
            }
            g.setColor(new Color(0xb0bec5));
            g.fillRect(460, 100, 140, 180);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
