package id.portaldesa.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    static final String NIK = "1502021205900001";
    static final SealedAt HERE = new SealedAt("resident", "nik_cipher", 10L, "account=7");

    static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    final PersonalDataCipher cipher = new PersonalDataCipher(key(7));

    /** The bytes after the key version, as base64 decodes them. */
    static byte[] rawBytes(String sealed) {
        return Base64.getDecoder().decode(sealed.substring(sealed.indexOf(':') + 1));
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void roundTripsAndTheStoredBytesNeverHoldThePlainValue() {
        String sealed = cipher.encrypt(HERE, NIK);
        assertFalse(sealed.contains(NIK));
        byte[] raw = rawBytes(sealed);
        assertFalse(contains(raw, NIK.getBytes(StandardCharsets.US_ASCII)), "the decoded bytes hold the NIK");
        assertFalse(contains(raw, NIK.substring(0, 8).getBytes(StandardCharsets.US_ASCII)));
        assertEquals(12 + NIK.length() + 16, raw.length, "nonce, ciphertext and tag only");
        assertEquals(NIK, cipher.decrypt(HERE, sealed));
    }

    @Test
    void sameValueEncryptsDifferentlyEachTime() {
        assertNotEquals(cipher.encrypt(HERE, NIK), cipher.encrypt(HERE, NIK));
    }

    @Test
    void eachValueCarriesTheVersionOfItsKey() {
        assertTrue(cipher.encrypt(HERE, NIK).startsWith(cipher.currentKeyId() + ":"));
        assertEquals(8, cipher.currentKeyId().length());
        assertEquals(cipher.currentKeyId(), PersonalDataCipher.keyIdOf(key(7)));
        assertNotEquals(cipher.currentKeyId(), PersonalDataCipher.keyIdOf(key(8)));
        assertTrue(cipher.isCurrent(cipher.encrypt(HERE, NIK)));
        assertFalse(new PersonalDataCipher(key(8)).isCurrent(cipher.encrypt(HERE, NIK)));
    }

    @Test
    void aValueOpensOnlyWhereItWasSealed() {
        String sealed = cipher.encrypt(HERE, NIK);
        for (SealedAt elsewhere : List.of(
                new SealedAt("resident", "nik_cipher", 10L, "account=8"), // another row
                new SealedAt("resident", "kk_cipher", 10L, "account=7"), // another column
                new SealedAt("resident", "nik_cipher", 11L, "account=7"), // another village
                new SealedAt("resident_family_member", "nik_cipher", 10L, "account=7"))) { // another table
            UnreadablePersonalData e =
                    assertThrows(UnreadablePersonalData.class, () -> cipher.decrypt(elsewhere, sealed));
            assertTrue(e.getMessage().contains("another row, column or village"), e.getMessage());
            assertFalse(e.getMessage().contains(NIK));
        }
    }

    @Test
    void tamperedOrForeignCiphertextIsRejected() {
        String sealed = cipher.encrypt(HERE, NIK);
        byte[] bytes = rawBytes(sealed);
        bytes[bytes.length - 1] ^= 1;
        String tampered = cipher.currentKeyId() + ":" + Base64.getEncoder().encodeToString(bytes);
        assertThrows(UnreadablePersonalData.class, () -> cipher.decrypt(HERE, tampered));
        UnreadablePersonalData foreign =
                assertThrows(UnreadablePersonalData.class, () -> new PersonalDataCipher(key(8)).decrypt(HERE, sealed));
        assertTrue(
                foreign.getMessage().contains("sealed with data key " + cipher.currentKeyId()), foreign.getMessage());
        assertTrue(foreign.getMessage().contains("not configured"), foreign.getMessage());
        // A value claiming the current key's version but sealed with another key does not open either.
        PersonalDataCipher sameIdOtherKey = new PersonalDataCipher(key(8));
        String otherSealed = sameIdOtherKey.encrypt(HERE, NIK);
        String relabelled = cipher.currentKeyId() + ":" + otherSealed.substring(otherSealed.indexOf(':') + 1);
        assertThrows(UnreadablePersonalData.class, () -> cipher.decrypt(HERE, relabelled));
    }

    @Test
    void anOldKeyStillOpensItsValuesWhileNewOnesUseTheCurrentKey() {
        String underOld = cipher.encrypt(HERE, NIK);
        PersonalDataCipher rotated = new PersonalDataCipher(key(8), List.of(key(7)));
        assertEquals(NIK, rotated.decrypt(HERE, underOld));
        assertFalse(rotated.isCurrent(underOld));
        String underNew = rotated.encrypt(HERE, NIK);
        assertTrue(rotated.isCurrent(underNew));
        assertEquals(List.of(cipher.currentKeyId()), rotated.oldKeyIds());
        // Once the old key is removed, its values are refused with the key version named.
        UnreadablePersonalData e = assertThrows(
                UnreadablePersonalData.class, () -> new PersonalDataCipher(key(8)).decrypt(HERE, underOld));
        assertTrue(e.getMessage().contains(cipher.currentKeyId()), e.getMessage());
        assertEquals(NIK, new PersonalDataCipher(key(8)).decrypt(HERE, underNew));
    }

    /** What the portal stored before key versions: base64 of nonce and ciphertext, no associated data. */
    static String unversioned(byte[] dataKey, String plain) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(dataKey, "HmacSHA256"));
        byte[] encryptionKey = mac.doFinal("portal-desa/encrypt".getBytes(StandardCharsets.UTF_8));
        byte[] nonce = new byte[12];
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(encryptionKey, "AES"), new GCMParameterSpec(128, nonce));
        byte[] sealed = aes.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(12 + sealed.length)
                        .put(nonce)
                        .put(sealed)
                        .array());
    }

    @Test
    void valuesFromBeforeKeyVersionsOpenOnlyForSealingAgain() throws Exception {
        String old = unversioned(key(7), NIK);
        UnreadablePersonalData e = assertThrows(UnreadablePersonalData.class, () -> cipher.decrypt(HERE, old));
        assertTrue(e.getMessage().contains("no key version"), e.getMessage());
        assertEquals(NIK, cipher.decryptForReseal(HERE, old));
        assertEquals(NIK, new PersonalDataCipher(key(8), List.of(key(7))).decryptForReseal(HERE, old));
        UnreadablePersonalData wrongKey = assertThrows(
                UnreadablePersonalData.class, () -> new PersonalDataCipher(key(8)).decryptForReseal(HERE, old));
        assertTrue(wrongKey.getMessage().contains("none of the configured data keys"), wrongKey.getMessage());
        // Versioned values keep their binding in the re-sealing too.
        String sealed = cipher.encrypt(HERE, NIK);
        assertThrows(
                UnreadablePersonalData.class,
                () -> cipher.decryptForReseal(new SealedAt("resident", "nik_cipher", 11L, "account=7"), sealed));
    }

    @Test
    void lookupHashIsStableKeyedAndPerVillage() {
        assertEquals(cipher.lookupHash(10, NIK), cipher.lookupHash(10, NIK));
        assertEquals(64, cipher.lookupHash(10, NIK).length());
        assertNotEquals(cipher.lookupHash(10, NIK), cipher.lookupHash(11, NIK), "the same NIK in two villages");
        assertNotEquals(cipher.lookupHash(10, NIK), new PersonalDataCipher(key(8)).lookupHash(10, NIK));
        assertNotEquals(cipher.lookupHash(10, NIK), cipher.lookupHash(10, "1502021205900002"));
    }

    @Test
    void refusesShortKeys() {
        assertThrows(IllegalArgumentException.class, () -> new PersonalDataCipher(new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> new PersonalDataCipher(key(1), List.of(new byte[31])));
    }
}
