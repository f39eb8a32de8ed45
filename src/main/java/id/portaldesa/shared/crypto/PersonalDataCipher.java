package id.portaldesa.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts short personal values (NIK, KK number) with AES-256-GCM and a fresh nonce each time, and
 * computes an HMAC-SHA256 lookup hash so equal values can be found without decrypting every row.
 * The two keys are derived from the data key so one leaked purpose does not expose the other.
 */
public final class PersonalDataCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;

    public PersonalDataCipher(byte[] dataKey) {
        if (dataKey.length != 32) {
            throw new IllegalArgumentException("The data key must be 32 bytes (256 bits), was " + dataKey.length);
        }
        this.encryptionKey = new SecretKeySpec(derive(dataKey, "portal-desa/encrypt"), "AES");
        this.lookupKey = new SecretKeySpec(derive(dataKey, "portal-desa/lookup"), "HmacSHA256");
    }

    public String encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Fails if the value was altered or sealed with another key. */
    public String decrypt(String sealedValue) {
        try {
            byte[] all = Base64.getDecoder().decode(sealedValue);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Personal data could not be decrypted (wrong PORTAL_DATA_KEY?)", e);
        }
    }

    public String lookupHash(String plain) {
        return HexFormat.of().formatHex(hmac(lookupKey, plain.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] derive(byte[] key, String purpose) {
        return hmac(new SecretKeySpec(key, "HmacSHA256"), purpose.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed", e);
        }
    }
}
