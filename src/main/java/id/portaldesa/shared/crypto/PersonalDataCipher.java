package id.portaldesa.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals short personal values (NIK, KK number, mail bodies) with AES-256-GCM and a fresh nonce each
 * time, and computes a per-village HMAC-SHA256 lookup hash so equal values can be found without
 * decrypting every row.
 *
 * <p><b>Stored form</b>: {@code <key id>:<base64 of nonce, ciphertext and tag>}. The key id (the key
 * version) is the first four bytes, in hex, of an HMAC of the key itself: it names which key sealed the
 * value without an operator-kept counter that could be got wrong, and reveals nothing of the key. The
 * associated data is {@link SealedAt}: a value opens only in the table, column, village and row it was
 * sealed for.
 *
 * <p><b>Keys</b>: one current key seals; older keys ({@code PORTAL_DATA_KEY_OLD}) only open values
 * until the re-sealing at start ({@link DataKeyRotation}) has moved everything to the current key.
 * The encryption and lookup keys are derived from each data key, so one leaked purpose does not
 * expose the other; the lookup key is derived once more per village, so the same NIK hashes
 * differently in two villages and one village's hashes cannot be matched against another's.
 */
public final class PersonalDataCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Keys current;
    /** By key id, the current key first. */
    private final Map<String, Keys> known;

    public PersonalDataCipher(byte[] dataKey) {
        this(dataKey, List.of());
    }

    /**
     * @param currentKey seals new values and computes lookup hashes
     * @param oldKeys retired keys, still opened until everything was sealed again
     */
    public PersonalDataCipher(byte[] currentKey, List<byte[]> oldKeys) {
        this.current = new Keys(currentKey);
        Map<String, Keys> all = new LinkedHashMap<>();
        all.put(current.id, current);
        for (byte[] old : oldKeys) {
            Keys keys = new Keys(old);
            all.putIfAbsent(keys.id, keys);
        }
        this.known = Collections.unmodifiableMap(all);
    }

    /** The version of the current key, as stored before every value it sealed. */
    public String currentKeyId() {
        return current.id;
    }

    /** Whether a key with this id is configured (current or old). */
    public boolean knowsKey(String keyId) {
        return known.containsKey(keyId);
    }

    /** The ids of the configured retired keys. */
    public List<String> oldKeyIds() {
        List<String> ids = new ArrayList<>(known.keySet());
        ids.remove(current.id);
        return ids;
    }

    /** The stored-value prefix of the current key, for finding values that need sealing again. */
    public String currentPrefix() {
        return current.id + ":";
    }

    /** Whether a stored value is sealed with the current key (re-sealing skips it). */
    public boolean isCurrent(String stored) {
        return stored != null && stored.startsWith(currentPrefix());
    }

    /** Seals a value for the place it is stored at. */
    public String encrypt(SealedAt at, String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.encryption, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(at.associatedData());
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return currentPrefix()
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * Opens a value sealed for this place with a configured key.
     *
     * @throws UnreadablePersonalData when it was sealed with a key that is not configured, for another
     *     place (copied from another row, column or village), altered, or not in the sealed form
     */
    public String decrypt(SealedAt at, String stored) {
        int colon = stored == null ? -1 : stored.indexOf(':');
        if (colon < 0) {
            throw new UnreadablePersonalData("The value of " + at + " carries no key version: it was not sealed by"
                    + " this version of the portal (re-sealing at start converts older values)");
        }
        String keyId = stored.substring(0, colon);
        Keys keys = known.get(keyId);
        if (keys == null) {
            throw new UnreadablePersonalData("The value of " + at + " was sealed with data key " + keyId
                    + ", which is not configured (PORTAL_DATA_KEY is key " + current.id + ", PORTAL_DATA_KEY_OLD holds "
                    + oldKeyIds() + ")");
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new UnreadablePersonalData("The value of " + at + " is not valid base64", e);
        }
        return open(keys, at.associatedData(), all)
                .orElseThrow(() -> new UnreadablePersonalData("The value of " + at + " does not open with data key "
                        + keyId + ": it was sealed for another row, column or village, or altered"));
    }

    /**
     * Like {@link #decrypt} but also opens values stored before key versions and associated data
     * existed (plain base64, bound to nothing), with any configured key: for sealing them again only.
     */
    public String decryptForReseal(SealedAt at, String stored) {
        if (stored.indexOf(':') >= 0) {
            return decrypt(at, stored);
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException e) {
            throw new UnreadablePersonalData("The value of " + at + " is not valid base64", e);
        }
        for (Keys keys : known.values()) {
            var plain = open(keys, null, all);
            if (plain.isPresent()) {
                return plain.get();
            }
        }
        throw new UnreadablePersonalData("The unversioned value of " + at
                + " opens with none of the configured data keys " + known.keySet()
                + ": is PORTAL_DATA_KEY (or PORTAL_DATA_KEY_OLD) the key this database was encrypted with?");
    }

    private static java.util.Optional<String> open(Keys keys, byte[] associatedData, byte[] all) {
        if (all.length < NONCE_BYTES + TAG_BITS / 8) {
            return java.util.Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.encryption, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            if (associatedData != null) {
                cipher.updateAAD(associatedData);
            }
            return java.util.Optional.of(
                    new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8));
        } catch (javax.crypto.AEADBadTagException wrongKeyOrPlace) {
            return java.util.Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    /**
     * The lookup hash of a value in one village, with the current key: equal values of one village
     * hash equally; the same value in another village, or under another key, does not.
     */
    public String lookupHash(long villageId, String plain) {
        byte[] villageKey = hmac(current.lookup, ("village:" + villageId).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of()
                .formatHex(hmac(new SecretKeySpec(villageKey, "HmacSHA256"), plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** The key id of a data key, as {@link DataKey} logs it and stored values carry it. */
    public static String keyIdOf(byte[] dataKey) {
        return new Keys(dataKey).id;
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

    /** The keys derived from one data key. */
    private static final class Keys {
        final String id;
        final SecretKeySpec encryption;
        final SecretKeySpec lookup;

        Keys(byte[] dataKey) {
            if (dataKey.length != 32) {
                throw new IllegalArgumentException("The data key must be 32 bytes (256 bits), was " + dataKey.length);
            }
            this.id = HexFormat.of().formatHex(derive(dataKey, "portal-desa/key-id"), 0, 4);
            this.encryption = new SecretKeySpec(derive(dataKey, "portal-desa/encrypt"), "AES");
            this.lookup = new SecretKeySpec(derive(dataKey, "portal-desa/lookup"), "HmacSHA256");
        }
    }
}
