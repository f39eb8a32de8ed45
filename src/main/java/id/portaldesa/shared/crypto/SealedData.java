package id.portaldesa.shared.crypto;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A feature's sealed columns, for sealing them again with the current data key. Implementations are
 * {@code @ApplicationScoped} beans found through CDI: a feature that adds a sealed column adds it to
 * its source, and the key rotation covers it without further changes.
 */
public interface SealedData {

    /** What is sealed, for the log, e.g. {@code "resident NIK/KK"}. */
    String name();

    /**
     * Seals every value of this feature that is not sealed with the current key again, with the
     * current key and for its place ({@link SealedAt}), and recomputes its lookup hashes. Works in
     * batches of {@link Resealing#BATCH} rows, each ended with {@link Resealing#commit}; each row is
     * rewritten in one statement, guarded by its version, so a row changed meanwhile keeps its newer
     * value.
     */
    void reseal(Connection connection, Resealing resealing) throws SQLException;
}
