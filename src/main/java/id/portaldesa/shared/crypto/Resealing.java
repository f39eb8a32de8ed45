package id.portaldesa.shared.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One run of sealing values again: the cipher, and the counts for the log. */
public final class Resealing {

    /** Rows read per query. */
    public static final int BATCH = 500;

    private final PersonalDataCipher cipher;
    private int resealed;
    private final List<String> unreadable = new ArrayList<>();

    public Resealing(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    public PersonalDataCipher cipher() {
        return cipher;
    }

    /** The LIKE pattern of values sealed with the current key, to skip them: {@code "<key id>:%"}. */
    public String currentPattern(String prefix) {
        return prefix + cipher.currentPrefix() + "%";
    }

    /**
     * The value sealed again for its place, or empty when it cannot be opened (recorded; the value
     * stays as it is).
     */
    public Optional<String> reseal(SealedAt at, String stored) {
        return open(at, stored).map(plain -> cipher.encrypt(at, plain));
    }

    /** The plain value, or empty when it cannot be opened (recorded). */
    public Optional<String> open(SealedAt at, String stored) {
        try {
            return Optional.of(cipher.decryptForReseal(at, stored));
        } catch (UnreadablePersonalData e) {
            unreadable.add(e.getMessage());
            return Optional.empty();
        }
    }

    /** Counts the rows an update batch rewrote (a row changed meanwhile counts 0 and keeps its value). */
    public void rewritten(int[] updateCounts) {
        for (int count : updateCounts) {
            if (count > 0 || count == java.sql.Statement.SUCCESS_NO_INFO) {
                resealed++;
            }
        }
    }

    /** Ends one batch: commits it unless the connection commits each statement itself. */
    public void commit(java.sql.Connection c) throws java.sql.SQLException {
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    public int resealed() {
        return resealed;
    }

    public List<String> unreadable() {
        return unreadable;
    }
}
