package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Account;
import id.portaldesa.account.Position;
import id.portaldesa.account.Role;
import id.portaldesa.letters.issue.IssueOrder;
import id.portaldesa.letters.issue.IssuedLetter;
import id.portaldesa.letters.issue.LetterIssuer;
import id.portaldesa.letters.issue.Verifications;
import id.portaldesa.letters.issue.numbering.NumberingService;
import id.portaldesa.letters.issue.numbering.NumberingSettings;
import id.portaldesa.letters.issue.numbering.Paper;
import id.portaldesa.letters.issue.numbering.SequenceScope;
import id.portaldesa.letters.issue.signing.Certificates;
import id.portaldesa.letters.issue.signing.SigningKeys;
import id.portaldesa.letters.issue.signing.SigningKeysSealedData;
import id.portaldesa.media.TestPictures;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.Tokens;
import id.portaldesa.shared.crypto.DataKeyRotation;
import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.crypto.Resealing;
import id.portaldesa.shared.persistence.PortalDataSource;
import id.portaldesa.site.LogoService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The issuing side against MariaDB in the container: a letter is numbered, rendered, signed and
 * stored, and reads back as a verifier reads it; numbers stay unique and without gaps when many
 * officials sign at once; revocation shows on the verification.
 */
@ExtendWith(ArquillianExtension.class)
class LetterIssuerIT {

    static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Inject
    Fixtures fixtures;

    @Inject
    LetterIssuing issuing;

    @Inject
    LetterIssuer issuer;

    @Inject
    Verifications verifications;

    @Inject
    SigningKeys keys;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    SigningKeysSealedData sealedData;

    @Inject
    NumberingService numbering;

    @Inject
    LogoService logos;

    @Test
    void theVillagesLogoHeadsTheLetterOnceItHasOne() throws Exception {
        LetterIssuing.Signing signing = issuing.freshVillageWithKades();
        IssuedLetter plain = issuing.issue(LetterIssuing.order(LetterIssuing.newRequestId(), "Tanpa Logo", DAY));
        assertEquals(1, imagesOnFirstPage(issuing.pdfOf(plain.id())), "the QR code only");

        fixtures.actAsAdminOf(signing.village());
        logos.replace(new Upload("logo.png", TestPictures.png(TestPictures.gradient(300, 300))));
        fixtures.actAs(signing.kades());
        IssuedLetter headed = issuing.issue(LetterIssuing.order(LetterIssuing.newRequestId(), "Dengan Logo", DAY));
        byte[] pdf = issuing.pdfOf(headed.id());
        assertEquals(2, imagesOnFirstPage(pdf), "the QR code and the logo");
        assertTrue(LetterPdfs.pdfsig(pdf).contains("Signature is Valid."));
    }

    static int imagesOnFirstPage(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            int images = 0;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    images++;
                }
            }
            return images;
        }
    }

    @Test
    void anIssuedLetterReadsBackWithNumberNameQrAndAValidSignature() {
        LetterIssuing.Signing signing = issuing.freshVillageWithKades();
        IssuedLetter letter = issuing.issue(LetterIssuing.order(LetterIssuing.newRequestId(), LetterIssuing.NAME, DAY));
        String code = keys.forVillage(signing.village().id())
                .key()
                .certificate()
                .getSubjectX500Principal()
                .getName();
        assertTrue(code.contains("CN=Desa " + signing.village().name()), code);
        assertTrue(letter.number().matches("400\\.12\\.2\\.1/001/[A-Z0-9.\\-]+/XII/2026"), letter.number());
        assertTrue(
                letter.verificationAddress().matches("https?://[^/]+/v/[A-Za-z0-9_-]{43}"),
                letter.verificationAddress());

        byte[] pdf = issuing.pdfOf(letter.id());
        assertEquals(letter.sha256(), Tokens.sha256(pdf));
        String text = LetterPdfs.text(pdf);
        assertTrue(text.contains(letter.number()), text);
        assertTrue(text.replaceAll("\\s+", " ").contains("Ni Luh Ayu Pradnyā Déwi O’Neil"), text);
        assertTrue(text.contains("😀"), text);
        assertTrue(text.contains("KECAMATAN " + signing.village().districtName().toUpperCase()), text);
        assertEquals(letter.verificationAddress(), LetterPdfs.qr(pdf));

        String report = LetterPdfs.pdfsig(pdf, Certificates.pem(keys.authorityCertificate()));
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("Total document signed"), report);
        assertTrue(report.contains("Certificate is Trusted."), report);
        byte[] tampered = LetterPdfs.tampered(pdf, pdf.length / 3);
        String broken = LetterPdfs.pdfsig(tampered);
        assertTrue(broken.contains("Digest Mismatch"), broken);

        Verifications.Verification shown =
                verifications.byToken(LetterIssuing.tokenOf(letter)).orElseThrow();
        assertEquals(letter.number(), shown.number());
        assertEquals("N** L** A** P** D** O**", shown.subjectMasked());
        assertFalse(shown.isRevoked());
        assertTrue(shown.isOriginal(pdf));
        assertFalse(shown.isOriginal(tampered));
        assertTrue(verifications
                .byToken(LetterIssuing.tokenOf(letter).replace('A', 'B') + "x")
                .isEmpty());
    }

    @Test
    void aRequestGetsOneLetterAndOnlyASignerIssuesIt() {
        LetterIssuing.Signing signing = issuing.freshVillageWithKades();
        long request = LetterIssuing.newRequestId();
        IssuedLetter first = issuing.issue(LetterIssuing.order(request, "Budi", DAY));
        assertEquals(first.id(), issuer.ofRequest(request).orElseThrow().id());
        BusinessException again =
                assertThrows(BusinessException.class, () -> issuing.issue(LetterIssuing.order(request, "Budi", DAY)));
        assertEquals("letters.issue.alreadyIssued", again.getMessageKey());

        fixtures.actAsAdminOf(signing.village());
        Account operator = fixtures.staffOfCurrentVillage(Role.OFFICIAL, Position.OPERATOR, "Operator");
        fixtures.actAs(operator);
        assertThrows(
                RuntimeException.class,
                () -> issuing.issue(LetterIssuing.order(LetterIssuing.newRequestId(), "Budi", DAY)));
        assertThrows(RuntimeException.class, () -> revokeInTransaction(first.id(), "salah"));
    }

    @Test
    void aRevokedLetterShowsAsRevokedWithItsReason() throws Exception {
        LetterIssuing.Signing signing = issuing.freshVillageWithKades();
        IssuedLetter letter = issuing.issue(LetterIssuing.order(LetterIssuing.newRequestId(), "Siti", DAY));
        assertThrows(BusinessException.class, () -> revokeInTransaction(letter.id(), "  "));
        revokeInTransaction(letter.id(), "Data alamat keliru");
        var shown = verifications.byToken(LetterIssuing.tokenOf(letter)).orElseThrow();
        assertTrue(shown.isRevoked());
        assertEquals("Data alamat keliru", shown.revocationReason());
        BusinessException twice = assertThrows(BusinessException.class, () -> revokeInTransaction(letter.id(), "lagi"));
        assertEquals("letters.issue.revoke.already", twice.getMessageKey());
    }

    /**
     * Fifty officials' signings of one village at the same moment, each in its own transaction (as on
     * several nodes): fifty distinct numbers, 1 to 50, no gap, no duplicate. One more signing that
     * rolls back after taking its number gives it back: the next letter gets it.
     */
    @Test
    void fiftyConcurrentSigningsGetFiftyConsecutiveNumbers() throws Exception {
        LetterIssuing.Signing signing = issuing.freshVillageWithKades();
        // The village's key exists before the race (the race is about numbers, not key creation).
        issuing.issue(LetterIssuing.order(LetterIssuing.newRequestId(), "Pertama", DAY));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IssuedLetter>> signings = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long request = LetterIssuing.newRequestId();
            signings.add(executor.submit(() -> {
                start.await();
                return asKades(signing, () -> issuing.issue(LetterIssuing.order(request, "Warga " + request, DAY)));
            }));
        }
        start.countDown();
        Set<Integer> numbers = new TreeSet<>();
        for (Future<IssuedLetter> f : signings) {
            String number = f.get(180, TimeUnit.SECONDS).number();
            numbers.add(Integer.parseInt(number.split("/")[1]));
        }
        assertEquals(
                IntStream.rangeClosed(2, 51).boxed().collect(Collectors.toCollection(TreeSet::new)),
                numbers,
                "50 distinct consecutive numbers after the first letter");

        // A signing that rolls back gives its number back.
        long rolledBack = LetterIssuing.newRequestId();
        transaction.begin();
        try {
            assertTrue(issuer.issue(LetterIssuing.order(rolledBack, "Batal", DAY))
                    .number()
                    .contains("/052/"));
        } finally {
            transaction.rollback();
        }
        assertTrue(issuing.issue(LetterIssuing.order(rolledBack, "Jadi", DAY))
                .number()
                .contains("/052/"));
    }

    /**
     * The data key rotation (a start with PORTAL_DATA_KEY_OLD) seals the authority's and the villages'
     * signing keys again with the current data key; the keys themselves stay, so a letter signed
     * before still verifies and the next one is signed by the same certificate.
     */
    @Test
    void theKeyRotationResealsTheSigningKeysAndOldLettersStillVerify() throws Exception {
        LetterIssuing.Signing signing = issuing.freshVillageWithKades();
        IssuedLetter before = issuing.issue(LetterIssuing.order(LetterIssuing.newRequestId(), "Sebelum", DAY));
        long v = signing.village().id();
        byte[] k0 = new byte[32];
        new java.security.SecureRandom().nextBytes(k0);
        PersonalDataCipher retired = new PersonalDataCipher(k0);
        // As a portal with the retired key K0 sealed them.
        String villageKey;
        String authorityKey;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            villageKey = single(
                    c,
                    "SELECT private_key_sealed FROM village_signing_key WHERE village_id = " + v
                            + " AND generation = 1");
            authorityKey = single(c, "SELECT private_key_sealed FROM signing_authority WHERE id = 1");
            String villagePlain = cipher.decrypt(SigningKeys.villageAt(v, 1), villageKey);
            String authorityPlain = cipher.decrypt(SigningKeys.authorityAt(), authorityKey);
            execute(
                    c,
                    "UPDATE village_signing_key SET private_key_sealed = ? WHERE village_id = " + v,
                    retired.encrypt(SigningKeys.villageAt(v, 1), villagePlain));
            execute(
                    c,
                    "UPDATE signing_authority SET private_key_sealed = ? WHERE id = 1",
                    retired.encrypt(SigningKeys.authorityAt(), authorityPlain));
            Resealing done =
                    DataKeyRotation.reseal(c, new PersonalDataCipher(suiteKey(), List.of(k0)), List.of(sealedData));
            assertTrue(done.resealed() >= 2, "resealed " + done.resealed());
            String villageAfter =
                    single(c, "SELECT private_key_sealed FROM village_signing_key WHERE village_id = " + v);
            String authorityAfter = single(c, "SELECT private_key_sealed FROM signing_authority WHERE id = 1");
            assertTrue(cipher.isCurrent(villageAfter), villageAfter);
            assertTrue(cipher.isCurrent(authorityAfter), authorityAfter);
            assertEquals(villagePlain, cipher.decrypt(SigningKeys.villageAt(v, 1), villageAfter));
            assertEquals(authorityPlain, cipher.decrypt(SigningKeys.authorityAt(), authorityAfter));
        }
        byte[] old = issuing.pdfOf(before.id());
        String report = LetterPdfs.pdfsig(old, Certificates.pem(keys.authorityCertificate()));
        assertTrue(report.contains("Signature is Valid.") && report.contains("Certificate is Trusted."), report);
        IssuedLetter after = issuing.issue(LetterIssuing.order(LetterIssuing.newRequestId(), "Sesudah", DAY));
        assertTrue(LetterPdfs.pdfsig(issuing.pdfOf(after.id())).contains("Signature is Valid."));
    }

    static byte[] suiteKey() {
        return Base64.getDecoder().decode(ConfigProvider.getConfig().getValue("portal.data.key", String.class));
    }

    static String single(Connection c, String sql) throws Exception {
        try (PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    static void execute(Connection c, String sql, String value) throws Exception {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, value);
            assertEquals(1, st.executeUpdate(), sql);
        }
    }

    @Test
    void theVillagesOwnFormatAndPerTypeSequencesNumberItsLetters() {
        LetterIssuing.Signing signing = issuing.freshVillageWithKades();
        fixtures.actAsAdminOf(signing.village());
        numbering.change(new NumberingSettings(
                "[kode_jenis]/[nomor,4]/[kode_desa]/[bulan]/[tahun]", SequenceScope.TYPE, Paper.F4, "abc"));
        fixtures.actAs(signing.kades());
        assertEquals("SKD/0001/ABC/12/2026", issuing.issue(ofType("SKD")).number());
        assertEquals("SKU/0001/ABC/12/2026", issuing.issue(ofType("SKU")).number());
        assertEquals("SKD/0002/ABC/12/2026", issuing.issue(ofType("SKD")).number());
        assertEquals(
                "SKD/0001/ABC/01/2027",
                issuing.issue(new IssueOrder(
                                LetterIssuing.newRequestId(),
                                "SKD",
                                "Surat Keterangan Domisili",
                                "400",
                                "<p>x</p>",
                                "Y",
                                "Bambang",
                                "Kepala Desa",
                                null,
                                LocalDate.of(2027, 1, 2)))
                        .number(),
                "a new year starts the sequence again");
        BusinessException refused = assertThrows(BusinessException.class, () -> {
            fixtures.actAsAdminOf(signing.village());
            numbering.change(new NumberingSettings("[nomor]/[tahun]", SequenceScope.TYPE, Paper.A4, "ABC"));
        });
        assertEquals("letters.issue.format.typeScope", refused.getMessageKey());
    }

    static IssueOrder ofType(String typeCode) {
        IssueOrder o = LetterIssuing.order(LetterIssuing.newRequestId(), "Warga", DAY);
        return new IssueOrder(
                o.requestId(),
                typeCode,
                o.typeName(),
                o.classificationCode(),
                o.bodyHtml(),
                o.subjectName(),
                o.signerName(),
                o.signerTitle(),
                o.signingNote(),
                o.date());
    }

    private void revokeInTransaction(long id, String reason) throws Exception {
        transaction.begin();
        try {
            issuer.revoke(id, reason);
            transaction.commit();
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }

    private <T> T asKades(LetterIssuing.Signing signing, Callable<T> work) throws Exception {
        RequestContextController context = requestContexts.get();
        context.activate();
        try {
            fixtures.actFor(signing.village());
            fixtures.actAs(signing.kades());
            return work.call();
        } finally {
            context.deactivate();
        }
    }
}
