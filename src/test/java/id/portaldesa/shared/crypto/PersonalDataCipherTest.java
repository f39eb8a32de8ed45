package id.portaldesa.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    final PersonalDataCipher cipher = new PersonalDataCipher(key(7));

    @Test
    void roundTripsAndNeverStoresThePlainValue() {
        String sealed = cipher.encrypt("1502021205900001");
        assertFalse(sealed.contains("1502021205900001"));
        assertEquals("1502021205900001", cipher.decrypt(sealed));
    }

    @Test
    void sameValueEncryptsDifferentlyEachTime() {
        assertNotEquals(cipher.encrypt("1502021205900001"), cipher.encrypt("1502021205900001"));
    }

    @Test
    void lookupHashIsStableAndKeyed() {
        assertEquals(cipher.lookupHash("1502021205900001"), cipher.lookupHash("1502021205900001"));
        assertNotEquals(
                cipher.lookupHash("1502021205900001"), new PersonalDataCipher(key(8)).lookupHash("1502021205900001"));
    }

    @Test
    void tamperedOrForeignCiphertextIsRejected() {
        String sealed = cipher.encrypt("1502021205900001");
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        assertThrows(
                IllegalStateException.class,
                () -> cipher.decrypt(Base64.getEncoder().encodeToString(bytes)));
        assertThrows(IllegalStateException.class, () -> new PersonalDataCipher(key(8)).decrypt(sealed));
    }

    @Test
    void refusesShortKeys() {
        assertThrows(IllegalArgumentException.class, () -> new PersonalDataCipher(new byte[16]));
    }
}
