package id.portaldesa.letters;

import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.crypto.Resealing;
import id.portaldesa.shared.crypto.SealedAt;
import id.portaldesa.shared.crypto.SealedData;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The NIKs letters keep (walk-in persons at the counter, the person a request is about), sealed again
 * with the current data key and their lookup hashes recomputed, like the residents' own.
 */
@ApplicationScoped
public class LettersSealedData implements SealedData {

    @Override
    public String name() {
        return "letters: walk-in persons' NIK, requests' subject NIK";
    }

    @Override
    public void reseal(Connection c, Resealing resealing) throws SQLException {
        column(c, resealing, "letter_person", "nik_cipher", "nik_hash", WalkInPerson::nikAt);
        column(c, resealing, "letter_request", "subject_nik_cipher", "subject_nik_hash", LetterRequest::subjectNikAt);
    }

    private record Row(long id, long village, String sealed, long version) {}

    private static void column(
            Connection c,
            Resealing resealing,
            String table,
            String column,
            String hashColumn,
            BiFunction<Long, Long, SealedAt> place)
            throws SQLException {
        PersonalDataCipher cipher = resealing.cipher();
        long after = 0;
        List<Row> page;
        do {
            page = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id, village_id, " + column + ", version FROM "
                    + table + " WHERE id > ? AND " + column + " IS NOT NULL AND " + column + " <> '' AND " + column
                    + " NOT LIKE ? ORDER BY id LIMIT " + Resealing.BATCH)) {
                select.setLong(1, after);
                select.setString(2, resealing.currentPattern(""));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        page.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
                    }
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET " + column + " = ?, "
                    + hashColumn + " = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                for (Row row : page) {
                    after = row.id();
                    SealedAt at = place.apply(row.village(), row.id());
                    Optional<String> nik = resealing.open(at, row.sealed());
                    if (nik.isEmpty()) {
                        continue;
                    }
                    update.setString(1, cipher.encrypt(at, nik.get()));
                    update.setString(2, cipher.lookupHash(row.village(), nik.get()));
                    update.setLong(3, row.id());
                    update.setLong(4, row.version());
                    update.addBatch();
                }
                resealing.rewritten(update.executeBatch());
            }
            resealing.commit(c);
        } while (page.size() == Resealing.BATCH);
    }
}
