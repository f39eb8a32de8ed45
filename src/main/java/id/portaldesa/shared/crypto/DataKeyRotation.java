package id.portaldesa.shared.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Checks the data key against the database at start, and seals personal data again when the key
 * changed: the key rotation. The table {@code data_key} records the key every value is sealed with.
 *
 * <ul>
 *   <li>Recorded key = {@code PORTAL_DATA_KEY}: nothing to do (a start takes no time for this).
 *   <li>Recorded key listed in {@code PORTAL_DATA_KEY_OLD}: every value not sealed with the current
 *       key is opened with its old key and sealed again with the current one (lookup hashes too),
 *       then the current key is recorded; the log says when the old key may be removed.
 *   <li>Another key: the start is refused with a message naming both key ids, before any page is
 *       served, rather than failing on every NIK later.
 *   <li>Nothing recorded (a new database, or one from before key versions): the same re-sealing,
 *       which also converts values without a key version, bound to no place and hashed for the
 *       whole platform, to the current form.
 * </ul>
 *
 * It runs in {@link id.portaldesa.shared.persistence.DatabaseMigration}, before anything else uses
 * the database. A run cut short is simply repeated at the next start: rows already sealed with the
 * current key are skipped.
 */
public final class DataKeyRotation {

    private static final Logger LOG = Logger.getLogger(DataKeyRotation.class.getName());

    /** What a start does about the data key. */
    public enum Plan {
        NOTHING,
        RESEAL
    }

    private DataKeyRotation() {}

    /**
     * @param recordedKeyId the key id in {@code data_key}, empty when none is recorded
     * @throws IllegalStateException with the operator's message when the recorded key is not configured
     */
    public static Plan plan(Optional<String> recordedKeyId, PersonalDataCipher cipher) {
        if (recordedKeyId.isEmpty()) {
            return Plan.RESEAL;
        }
        String recorded = recordedKeyId.get();
        if (recorded.equals(cipher.currentKeyId())) {
            return Plan.NOTHING;
        }
        if (cipher.knowsKey(recorded)) {
            return Plan.RESEAL;
        }
        throw new IllegalStateException(DataKey.REFUSED + "the personal data in this database is sealed with data key "
                + recorded + ", but PORTAL_DATA_KEY is key " + cipher.currentKeyId()
                + " and PORTAL_DATA_KEY_OLD holds " + cipher.oldKeyIds()
                + ". Set PORTAL_DATA_KEY to the key this database was sealed with (your stored copy), or, to change"
                + " the key, put the old one in PORTAL_DATA_KEY_OLD and the new one in PORTAL_DATA_KEY.");
    }

    /** Checks the key and re-seals when needed (see the class documentation). */
    public static void atStart(DataSource dataSource, PersonalDataCipher cipher, Iterable<SealedData> sources) {
        try (Connection c = dataSource.getConnection()) {
            Plan plan = plan(recordedKey(c), cipher);
            if (plan == Plan.NOTHING) {
                if (!cipher.oldKeyIds().isEmpty()) {
                    LOG.warning(() -> "All personal data is sealed with data key " + cipher.currentKeyId()
                            + ": remove PORTAL_DATA_KEY_OLD " + cipher.oldKeyIds() + " and restart.");
                }
                return;
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Resealing resealing = reseal(c, cipher, sources);
                if (resealing.resealed() == 0 && !resealing.unreadable().isEmpty()) {
                    throw new IllegalStateException(DataKey.REFUSED + "no stored personal data opens with the"
                            + " configured data keys; first problem: "
                            + resealing.unreadable().get(0));
                }
                resealing.unreadable().forEach(problem -> LOG.severe(() -> "Left as it was: " + problem));
                record(c, cipher.currentKeyId());
                c.commit();
                LOG.info(() -> "Personal data sealed with data key " + cipher.currentKeyId() + ": "
                        + resealing.resealed() + " rows sealed again"
                        + (cipher.oldKeyIds().isEmpty()
                                ? "."
                                : "; PORTAL_DATA_KEY_OLD " + cipher.oldKeyIds() + " may now be removed."));
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    DataKey.REFUSED + "the data key could not be checked: " + e.getMessage(), e);
        }
    }

    /** Seals every source's values again with the current key; does not record the key. */
    public static Resealing reseal(Connection c, PersonalDataCipher cipher, Iterable<SealedData> sources)
            throws SQLException {
        Resealing resealing = new Resealing(cipher);
        for (SealedData source : sources) {
            int before = resealing.resealed();
            source.reseal(c, resealing);
            LOG.info(() -> "Sealed again with data key " + cipher.currentKeyId() + ": " + source.name() + ", "
                    + (resealing.resealed() - before) + " rows");
        }
        return resealing;
    }

    static Optional<String> recordedKey(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT key_id FROM data_key WHERE id = 1");
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1).trim()) : Optional.empty();
        }
    }

    static void record(Connection c, String keyId) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement update =
                c.prepareStatement("UPDATE data_key SET key_id = ?, sealed_at = ? WHERE id = 1")) {
            update.setString(1, keyId);
            update.setTimestamp(2, now);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO data_key (id, key_id, sealed_at) VALUES (1, ?, ?)")) {
            insert.setString(1, keyId);
            insert.setTimestamp(2, now);
            insert.executeUpdate();
        }
    }
}
