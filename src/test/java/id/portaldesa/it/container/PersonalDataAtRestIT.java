package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.FamilyMember;
import id.portaldesa.account.FamilyRelation;
import id.portaldesa.account.NewFamilyMember;
import id.portaldesa.account.Registration;
import id.portaldesa.account.RegistrationService;
import id.portaldesa.account.Resident;
import id.portaldesa.account.ResidentDataService;
import id.portaldesa.account.ResidentOfficeService;
import id.portaldesa.account.ResidentRepository;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.notify.MailOutbox;
import id.portaldesa.notify.OutboxMessage;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.crypto.DataKeyRotation;
import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.crypto.Resealing;
import id.portaldesa.shared.crypto.SealedData;
import id.portaldesa.shared.crypto.UnreadablePersonalData;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.persistence.PortalDataSource;
import id.portaldesa.village.VillageRef;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * NIK and KK numbers as the database holds them: sealed bytes that hold no number and open only with
 * the right key, in the row, column and village they were sealed for; lookup hashes that differ
 * between villages; and the key rotation that seals everything again so the old key can go.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataAtRestIT {

    static final Locale ID = Locale.forLanguageTag("id");

    @Inject
    Fixtures fixtures;

    @Inject
    RegistrationService registrations;

    @Inject
    ResidentDataService myData;

    @Inject
    ResidentOfficeService office;

    @Inject
    ResidentRepository residents;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser user;

    @Inject
    MailOutbox outbox;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Instance<SealedData> sealedData;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    /** One resident row as stored. */
    record Row(
            long id,
            long villageId,
            long accountId,
            String nikCipher,
            String kkCipher,
            String nikHash,
            String kkHash) {}

    /** A registered, confirmed resident of the village acted for: its account id. */
    long resident(String nik, String kk) {
        String email = Fixtures.email("warga");
        registrations.register(new Registration("Warga", email, "rahasia-sekali", nik, kk), ID);
        registrations.confirm(Fixtures.tokenFromLastMailTo(outbox, email));
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    Row row(long accountId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT id, village_id, account_id, nik_cipher, kk_cipher,"
                        + " nik_hash, kk_hash FROM resident WHERE account_id = ?")) {
            st.setLong(1, accountId);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                return new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6).trim(),
                        rs.getString(7).trim());
            }
        }
    }

    void update(String sql, Object... values) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            assertEquals(1, st.executeUpdate(), sql);
        }
    }

    static byte[] sealedBytes(String stored) {
        return Base64.getDecoder().decode(stored.substring(stored.indexOf(':') + 1));
    }

    static boolean contains(byte[] haystack, String number) {
        byte[] needle = number.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    /** The unreadable-data error somewhere in what a service threw, so its message can be checked. */
    static UnreadablePersonalData unreadable(Runnable work) {
        Throwable e = assertThrows(RuntimeException.class, work::run);
        while (e != null && !(e instanceof UnreadablePersonalData)) {
            e = e.getCause();
        }
        assertTrue(e instanceof UnreadablePersonalData, "expected UnreadablePersonalData");
        return (UnreadablePersonalData) e;
    }

    List<Long> found(String search) {
        return office.list(PageRequest.first(20).searching(search), ResidentRepository.Filter.ALL).items().stream()
                .map(ResidentOfficeService.Summary::id)
                .toList();
    }

    @Test
    void nikAndKkAreStoredAsSealedBytesThatOpenOnlyWithTheKeyAndPlace() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        String nik = Fixtures.nik();
        String kk = Fixtures.kk();
        Row row = row(resident(nik, kk));

        for (String[] column : new String[][] {{row.nikCipher(), nik}, {row.kkCipher(), kk}}) {
            String stored = column[0];
            assertTrue(stored.startsWith(cipher.currentKeyId() + ":"), "carries the key version: " + stored);
            byte[] bytes = sealedBytes(stored);
            assertEquals(12 + 16 + 16, bytes.length, "nonce, 16 sealed bytes, tag");
            assertFalse(contains(bytes, column[1]), "the stored bytes hold the number");
            assertFalse(contains(bytes, column[1].substring(6)), "the stored bytes hold the number's digits");
            assertFalse(stored.contains(column[1]));
        }
        assertEquals(nik, cipher.decrypt(Resident.nikAt(village.id(), row.accountId()), row.nikCipher()));
        assertEquals(kk, cipher.decrypt(Resident.kkAt(village.id(), row.accountId()), row.kkCipher()));
        // Only with the right place and the right key.
        unreadable(() -> cipher.decrypt(Resident.kkAt(village.id(), row.accountId()), row.nikCipher()));
        unreadable(() -> cipher.decrypt(Resident.nikAt(village.id(), row.accountId() + 1), row.nikCipher()));
        unreadable(() -> cipher.decrypt(Resident.nikAt(village.id() + 1, row.accountId()), row.nikCipher()));
        byte[] otherKey = new byte[32];
        new SecureRandom().nextBytes(otherKey);
        unreadable(() -> new PersonalDataCipher(otherKey)
                .decrypt(Resident.nikAt(village.id(), row.accountId()), row.nikCipher()));
        unreadable(() ->
                new PersonalDataCipher(otherKey).decrypt(Resident.kkAt(village.id(), row.accountId()), row.kkCipher()));
        // The hashes are keyed for the village, not plain digests of the number.
        assertEquals(cipher.lookupHash(village.id(), nik), row.nikHash());
        assertEquals(cipher.lookupHash(village.id(), kk), row.kkHash());
        assertNotEquals(sha256(nik), row.nikHash());
    }

    @Test
    void aSealedValueCopiedToAnotherRowOrVillageDoesNotOpen() throws Exception {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actAsAdminOf(a);
        long first = resident(Fixtures.nik(), Fixtures.kk());
        long second = resident(Fixtures.nik(), Fixtures.kk());
        Row one = row(first);
        Row two = row(second);
        user.actAs(first);
        myData.addFamilyMember(new NewFamilyMember("Anak Satu", Fixtures.nik(), FamilyRelation.CHILD, null));
        myData.addFamilyMember(new NewFamilyMember("Anak Dua", Fixtures.nik(), FamilyRelation.CHILD, null));
        fixtures.actAsAdminOf(a);
        assertEquals(2, office.details(one.id()).family().size());

        // Another resident's NIK in this row: refused, not shown as this resident's number.
        update("UPDATE resident SET nik_cipher = ? WHERE id = ?", one.nikCipher(), two.id());
        UnreadablePersonalData moved = unreadable(() -> office.details(two.id()));
        assertTrue(moved.getMessage().contains("another row, column or village"), moved.getMessage());
        // The KK number in the NIK column of its own row: refused.
        update("UPDATE resident SET nik_cipher = ? WHERE id = ?", one.kkCipher(), one.id());
        unreadable(() -> office.details(one.id()));
        update("UPDATE resident SET nik_cipher = ? WHERE id = ?", one.nikCipher(), one.id());
        assertEquals(2, office.details(one.id()).family().size());
        // One family member's NIK copied to the other member of the same resident: refused.
        List<Long> members = new java.util.ArrayList<>();
        String firstMemberCipher = null;
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(
                        "SELECT id, nik_cipher FROM resident_family_member WHERE resident_id = ? ORDER BY id")) {
            st.setLong(1, one.id());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    members.add(rs.getLong(1));
                    firstMemberCipher = firstMemberCipher == null ? rs.getString(2) : firstMemberCipher;
                }
            }
        }
        update("UPDATE resident_family_member SET nik_cipher = ? WHERE id = ?", firstMemberCipher, members.get(1));
        unreadable(() -> office.details(one.id()));

        // The whole row of A moved to village B (same account): refused there too.
        fixtures.actAsAdminOf(b);
        Row three = row(resident(Fixtures.nik(), Fixtures.kk()));
        update(
                "UPDATE resident SET account_id = ?, nik_cipher = ?, kk_cipher = ? WHERE id = ?",
                first,
                one.nikCipher(),
                one.kkCipher(),
                three.id());
        UnreadablePersonalData otherVillage = unreadable(() -> office.details(three.id()));
        assertTrue(otherVillage.getMessage().contains("village " + b.id()), otherVillage.getMessage());
    }

    @Test
    void aSealedMailBodyCopiedToAnotherMessageDoesNotOpen() throws Exception {
        fixtures.actFor(fixtures.freshVillage());
        String emailOne = Fixtures.email("satu");
        String emailTwo = Fixtures.email("dua");
        registrations.register(new Registration("Satu", emailOne, "rahasia-sekali", Fixtures.nik(), Fixtures.kk()), ID);
        registrations.register(new Registration("Dua", emailTwo, "rahasia-sekali", Fixtures.nik(), Fixtures.kk()), ID);
        OutboxMessage one = outbox.to(emailOne).get(0);
        OutboxMessage two = outbox.to(emailTwo).get(0);
        assertTrue(outbox.bodyOf(two).contains("token="));
        update("UPDATE mail_outbox SET body = ? WHERE id = ?", one.getSealedBody(), two.getId());
        OutboxMessage moved = outbox.to(emailTwo).get(0);
        unreadable(() -> outbox.bodyOf(moved));
    }

    @Test
    void theSameNikHashesDifferentlyInTwoVillagesAndIsStillFoundInEach() throws Exception {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        String nik = Fixtures.nik();
        fixtures.actAsAdminOf(a);
        long inA = resident(nik, Fixtures.kk());
        long otherInA = resident(Fixtures.nik(), Fixtures.kk());
        fixtures.actAsAdminOf(b);
        long inB = resident(nik, Fixtures.kk());

        Row rowA = row(inA);
        Row rowB = row(inB);
        assertNotEquals(rowA.nikHash(), rowB.nikHash(), "the same NIK in two villages");
        assertEquals(cipher.lookupHash(a.id(), nik), rowA.nikHash());
        assertEquals(cipher.lookupHash(b.id(), nik), rowB.nikHash());

        assertEquals(List.of(rowB.id()), found(nik));
        fixtures.actAsAdminOf(a);
        assertEquals(List.of(rowA.id()), found(nik));
        // The duplicate checks find it through the village's hash.
        assertEquals(
                "resident.nik.takenByOther",
                assertThrows(
                                BusinessException.class,
                                () -> office.correctNik(row(otherInA).id(), nik, null))
                        .getMessageKey());
        user.actAs(inA);
        assertEquals(
                "resident.family.duplicate",
                assertThrows(
                                BusinessException.class,
                                () -> myData.addFamilyMember(
                                        new NewFamilyMember("Saya", nik, FamilyRelation.HEAD, null)))
                        .getMessageKey());
    }

    @Test
    void rotationSealsEverythingWithTheCurrentKeySoTheOldKeyCanBeRemoved() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        String nikOld = Fixtures.nik();
        String kkOld = Fixtures.kk();
        String childNik = Fixtures.nik();
        String nikUnversioned = Fixtures.nik();
        String kkUnversioned = Fixtures.kk();
        long underOldKey = resident(nikOld, kkOld);
        long unversioned = resident(nikUnversioned, kkUnversioned);
        user.actAs(underOldKey);
        myData.addFamilyMember(new NewFamilyMember("Anak", childNik, FamilyRelation.CHILD, null));
        fixtures.actAsAdminOf(village);
        Row one = row(underOldKey);
        Row two = row(unversioned);
        long memberId = memberOf(one.id());

        // As a portal with the retired key K0 wrote them, and as the portal wrote them before key versions.
        byte[] k0 = new byte[32];
        new SecureRandom().nextBytes(k0);
        PersonalDataCipher retired = new PersonalDataCipher(k0);
        long v = village.id();
        update(
                "UPDATE resident SET nik_cipher = ?, nik_hash = ?, kk_cipher = ?, kk_hash = ? WHERE id = ?",
                retired.encrypt(Resident.nikAt(v, underOldKey), nikOld),
                retired.lookupHash(v, nikOld),
                retired.encrypt(Resident.kkAt(v, underOldKey), kkOld),
                retired.lookupHash(v, kkOld),
                one.id());
        update(
                "UPDATE resident_family_member SET nik_cipher = ?, nik_hash = ? WHERE id = ?",
                retired.encrypt(FamilyMember.nikAt(v, memberId), childNik),
                retired.lookupHash(v, childNik),
                memberId);
        byte[] suiteKey =
                Base64.getDecoder().decode(ConfigProvider.getConfig().getValue("portal.data.key", String.class));
        update(
                "UPDATE resident SET nik_cipher = ?, nik_hash = ?, kk_cipher = ?, kk_hash = ? WHERE id = ?",
                unversionedSeal(suiteKey, nikUnversioned),
                unversionedHash(suiteKey, nikUnversioned),
                unversionedSeal(suiteKey, kkUnversioned),
                unversionedHash(suiteKey, kkUnversioned),
                two.id());
        String mailTo = Fixtures.email("surat");
        registrations.register(new Registration("Surat", mailTo, "rahasia-sekali", Fixtures.nik(), Fixtures.kk()), ID);
        OutboxMessage mail = outbox.to(mailTo).get(0);
        String body = outbox.bodyOf(mail);
        update(
                "UPDATE mail_outbox SET body = ? WHERE id = ?",
                "sealed:" + retired.encrypt(mail.bodyAt(), body),
                mail.getId());

        // The running portal (current key only) names the unknown key version; its hash finds nothing.
        UnreadablePersonalData unknown = unreadable(() -> office.details(one.id()));
        assertTrue(unknown.getMessage().contains(retired.currentKeyId()), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("not configured"), unknown.getMessage());
        assertTrue(unreadable(() -> office.details(two.id())).getMessage().contains("no key version"));
        assertEquals(List.of(), found(nikOld));

        // The rotation as a start with PORTAL_DATA_KEY_OLD=K0 runs it.
        PersonalDataCipher rotating = new PersonalDataCipher(suiteKey, List.of(k0));
        Resealing done;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            done = DataKeyRotation.reseal(c, rotating, sealedData);
        }
        assertTrue(done.resealed() >= 4, "resealed " + done.resealed());

        // Everything is sealed with the current key now: the portal without K0 reads it all.
        for (Row after : List.of(row(underOldKey), row(unversioned))) {
            assertTrue(cipher.isCurrent(after.nikCipher()), after.nikCipher());
            assertTrue(cipher.isCurrent(after.kkCipher()), after.kkCipher());
        }
        assertEquals(cipher.lookupHash(v, nikOld), row(underOldKey).nikHash());
        assertEquals(cipher.lookupHash(v, kkUnversioned), row(unversioned).kkHash());
        ResidentOfficeService.Details details = office.details(one.id());
        assertEquals(nikOld, details.nik());
        assertEquals(kkOld, details.familyCardNumber());
        assertEquals(childNik, details.family().get(0).nik());
        assertEquals(nikUnversioned, office.details(two.id()).nik());
        assertEquals(kkUnversioned, office.details(two.id()).familyCardNumber());
        assertEquals(List.of(one.id()), found(nikOld));
        assertEquals(List.of(two.id()), found(nikUnversioned));
        assertEquals(body, outbox.bodyOf(outbox.to(mailTo).get(0)));
        assertTrue(outbox.to(mailTo).get(0).getSealedBody().startsWith("sealed:" + cipher.currentPrefix()));
        // A second run finds nothing of these rows left to do.
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            Resealing again = DataKeyRotation.reseal(c, rotating, sealedData);
            assertTrue(
                    again.unreadable().stream().noneMatch(p -> p.contains("village " + v)),
                    again.unreadable().toString());
        }
        assertTrue(cipher.isCurrent(row(underOldKey).nikCipher()));
    }

    long memberOf(long residentId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st =
                        c.prepareStatement("SELECT id FROM resident_family_member WHERE resident_id = ?")) {
            st.setLong(1, residentId);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
        }
    }

    static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    /** How the portal sealed a value before key versions: base64 of nonce and ciphertext, bound to nothing. */
    static String unversionedSeal(byte[] dataKey, String plain) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(
                Cipher.ENCRYPT_MODE,
                new SecretKeySpec(hmac(dataKey, "portal-desa/encrypt"), "AES"),
                new GCMParameterSpec(128, nonce));
        byte[] sealed = aes.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(12 + sealed.length)
                        .put(nonce)
                        .put(sealed)
                        .array());
    }

    /** The lookup hash before it was keyed per village: one key for the whole platform. */
    static String unversionedHash(byte[] dataKey, String plain) throws Exception {
        return HexFormat.of().formatHex(hmac(hmac(dataKey, "portal-desa/lookup"), plain));
    }

    static String sha256(String value) throws Exception {
        return HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
