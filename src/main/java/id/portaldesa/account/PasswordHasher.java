package id.portaldesa.account;

import jakarta.enterprise.context.Dependent;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA512 with a random salt and 210,000 iterations (OWASP 2023), or more when {@code
 * portal.password.iterations} ({@code PORTAL_PASSWORD_ITERATIONS}) says so; fewer are never used.
 * The stored form names its algorithm and cost, so the cost can be raised later and old hashes still
 * verify; {@link #needsRehash} tells a login to store the password again at today's parameters.
 */
@Dependent
public final class PasswordHasher {

    static final int ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final String PREFIX = "pbkdf2-sha512";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The passwords hashed inside {@link #reusingHashes} on this thread, with their hashes. */
    private static final ThreadLocal<Map<String, String>> REUSED = new ThreadLocal<>();

    private final int iterations;

    public PasswordHasher() {
        this(configuredIterations());
    }

    private static int configuredIterations() {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("portal.password.iterations", Integer.class)
                    .filter(n -> n >= ITERATIONS)
                    .orElse(ITERATIONS);
        } catch (RuntimeException | LinkageError noConfig) {
            return ITERATIONS; // outside a container (unit tests)
        }
    }

    PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    /**
     * Runs {@code work} hashing each distinct password once, on this thread: the demo data's dozen
     * accounts share one published password, and each hash at 210,000 iterations cost the first start
     * about a third of a second on two cores. Accounts made inside share the salt as well, which is
     * harmless only for a password that is published anyway.
     */
    public static <T> T reusingHashes(Supplier<T> work) {
        if (REUSED.get() != null) {
            return work.get();
        }
        REUSED.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            REUSED.remove();
        }
    }

    public String hash(String password) {
        Map<String, String> reused = REUSED.get();
        return reused == null ? newHash(password) : reused.computeIfAbsent(password, this::newHash);
    }

    private String newHash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password.toCharArray(), salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public boolean verify(String password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(password.toCharArray(), salt, Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * Whether a hash that just verified was made with other parameters than today's (another
     * algorithm, or another cost): the login then stores the password hashed anew.
     */
    public boolean needsRehash(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        return parts.length != 4
                || !PREFIX.equals(parts[0])
                || !String.valueOf(iterations).equals(parts[1]);
    }

    /** Spends the same time as a real check, so unknown emails cannot be told apart by timing. */
    public void verifyNothing(String password) {
        derive(password.toCharArray(), new byte[16], iterations);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 512);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is required by every Java 17 platform", e);
        }
    }
}
