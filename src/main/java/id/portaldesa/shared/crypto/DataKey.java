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
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Loads the data key at start. Production refuses to start without {@code PORTAL_DATA_KEY}: running
 * with a throw-away key would make every stored NIK unreadable after the next restart. Demo mode
 * keeps a generated key in the data directory.
 */
@Startup
@Singleton
public class DataKey {

    private static final Logger LOG = Logger.getLogger(DataKey.class.getName());

    @Inject
    PortalConfig config;

    private PersonalDataCipher cipher;

    @PostConstruct
    void load() {
        byte[] key = config.dataKey().map(DataKey::decode).orElseGet(this::demoKey);
        cipher = new PersonalDataCipher(key);
    }

    @Produces
    public PersonalDataCipher cipher() {
        return cipher;
    }

    private byte[] demoKey() {
        if (!config.isDemoMode()) {
            String message = "PORTAL DESA CANNOT START: PORTAL_DATA_KEY is not set. Generate one with "
                    + "'openssl rand -base64 32', keep a copy apart from the database backups, and set it in the "
                    + "environment. Without it residents' NIK and KK numbers could not be encrypted.";
            LOG.severe(message);
            throw new IllegalStateException(message);
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
            return decode(Files.readString(file).trim());
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

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PORTAL_DATA_KEY is not valid base64 (expected 32 random bytes)", e);
        }
    }
}
