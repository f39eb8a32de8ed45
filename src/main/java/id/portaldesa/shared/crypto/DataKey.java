package id.portaldesa.shared.crypto;

import id.portaldesa.shared.config.PortalConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads the data key at start. Production refuses to start without {@code PORTAL_DATA_KEY}: running
 * with a throw-away key would make every stored NIK unreadable after the next restart. Demo mode
 * keeps a generated key in the data directory. A malformed key, current or old, stops the start with
 * a message naming the setting; whether the key is the one the database was sealed with is checked
 * against the database by {@link DataKeyRotation}.
 */
@Startup
@Singleton
public class DataKey {

    private static final Logger LOG = Logger.getLogger(DataKey.class.getName());

    static final String REFUSED = "PORTAL DESA CANNOT START: ";

    @Inject
    PortalConfig config;

    private PersonalDataCipher cipher;

    @PostConstruct
    void load() {
        try {
            cipher = cipherOf(config.dataKey().orElseGet(this::demoKey), config.oldDataKeys());
        } catch (IllegalStateException refused) {
            LOG.severe(refused.getMessage());
            throw refused;
        }
        LOG.info(() -> "Data key " + cipher.currentKeyId()
                + (cipher.oldKeyIds().isEmpty() ? "" : ", retired keys " + cipher.oldKeyIds()));
    }

    @Produces
    public PersonalDataCipher cipher() {
        return cipher;
    }

    /**
     * The cipher of a {@code PORTAL_DATA_KEY} and {@code PORTAL_DATA_KEY_OLD} value.
     *
     * @throws IllegalStateException with a message for the operator when a key is not base64 of 32 bytes
     */
    static PersonalDataCipher cipherOf(String currentKey, Optional<String> oldKeys) {
        byte[] current = decode("PORTAL_DATA_KEY", currentKey);
        List<byte[]> old = oldKeys.stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::trim)
                .filter(k -> !k.isEmpty())
                .map(k -> decode("PORTAL_DATA_KEY_OLD", k))
                .toList();
        return new PersonalDataCipher(current, old);
    }

    private String demoKey() {
        if (!config.isDemoMode()) {
            throw new IllegalStateException(REFUSED + "PORTAL_DATA_KEY is not set. Generate one with "
                    + "'openssl rand -base64 32', keep a copy apart from the database backups, and set it in the "
                    + "environment. Without it residents' NIK and KK numbers could not be encrypted.");
        }
        Path file = config.dataDir().resolve("data-key.txt");
        try {
            if (Files.notExists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                trySetOwnerOnly(file);
                LOG.info(() -> "Demo mode: generated a data key in " + file.toAbsolutePath());
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the demo data key " + file, e);
        }
    }

    private static void trySetOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply.
        }
    }

    private static byte[] decode(String setting, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    REFUSED + setting + " is not valid base64 (expected 32 random bytes: 'openssl rand -base64 32')",
                    e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(REFUSED + setting + " must be 32 bytes (256 bits) in base64, was "
                    + key.length + " bytes ('openssl rand -base64 32' makes one)");
        }
        return key;
    }
}
