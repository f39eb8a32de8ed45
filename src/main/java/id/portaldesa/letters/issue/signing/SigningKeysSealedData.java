package id.portaldesa.letters.issue.signing;

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

/**
 * The signing keys (the authority's and every village's), sealed again with the current data key by
 * the key rotation. The keys themselves do not change: letters signed before keep verifying.
 */
@ApplicationScoped
public class SigningKeysSealedData implements SealedData {

    @Override
    public String name() {
        return "letter signing keys";
    }

    private record Row(long id, Long village, int generation, String sealed, long version) {}

    @Override
    public void reseal(Connection c, Resealing resealing) throws SQLException {
        // The authority: one row.
        try (PreparedStatement select = c.prepareStatement("SELECT private_key_sealed, version FROM signing_authority"
                + " WHERE id = 1 AND private_key_sealed NOT LIKE ?")) {
            select.setString(1, resealing.currentPattern(""));
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    Optional<String> sealed = resealing.reseal(SigningKeys.authorityAt(), rs.getString(1));
                    if (sealed.isPresent()) {
                        try (PreparedStatement update = c.prepareStatement("UPDATE signing_authority SET"
                                + " private_key_sealed = ?, version = version + 1 WHERE id = 1 AND version = ?")) {
                            update.setString(1, sealed.get());
                            update.setLong(2, rs.getLong(2));
                            resealing.rewritten(new int[] {update.executeUpdate()});
                        }
                    }
                }
            }
        }
        resealing.commit(c);
        long after = 0;
        List<Row> page;
        do {
            page = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id, village_id, generation, private_key_sealed,"
                    + " version FROM village_signing_key WHERE id > ? AND private_key_sealed NOT LIKE ? ORDER BY id"
                    + " LIMIT " + Resealing.BATCH)) {
                select.setLong(1, after);
                select.setString(2, resealing.currentPattern(""));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        page.add(new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getLong(5)));
                    }
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE village_signing_key SET private_key_sealed = ?,"
                    + " version = version + 1 WHERE id = ? AND version = ?")) {
                for (Row row : page) {
                    after = row.id();
                    SealedAt at = SigningKeys.villageAt(row.village(), row.generation());
                    Optional<String> sealed = resealing.reseal(at, row.sealed());
                    if (sealed.isEmpty()) {
                        continue;
                    }
                    update.setString(1, sealed.get());
                    update.setLong(2, row.id());
                    update.setLong(3, row.version());
                    update.addBatch();
                }
                resealing.rewritten(update.executeBatch());
            }
            resealing.commit(c);
        } while (page.size() == Resealing.BATCH);
    }
}
