package id.portaldesa.notify;

import id.portaldesa.shared.crypto.Resealing;
import id.portaldesa.shared.crypto.SealedData;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sealed mail bodies in the outbox, sealed again with the current data key; plain ones stay as they are. */
@ApplicationScoped
public class OutboxSealedData implements SealedData {

    @Override
    public String name() {
        return "mail outbox bodies";
    }

    private record Row(long id, Long village, String recipient, String body, long version) {}

    @Override
    public void reseal(Connection c, Resealing resealing) throws SQLException {
        long after = 0;
        List<Row> page;
        do {
            page = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id, village_id, recipient, body, version FROM mail_outbox WHERE id > ? AND body LIKE ?"
                            + " AND body NOT LIKE ? ORDER BY id LIMIT " + Resealing.BATCH)) {
                select.setLong(1, after);
                select.setString(2, MailOutbox.SEALED + "%");
                select.setString(3, resealing.currentPattern(MailOutbox.SEALED));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long village = rs.getLong(2);
                        page.add(new Row(
                                rs.getLong(1),
                                rs.wasNull() ? null : village,
                                rs.getString(3),
                                rs.getString(4),
                                rs.getLong(5)));
                    }
                }
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE mail_outbox SET body = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                for (Row row : page) {
                    after = row.id();
                    Optional<String> sealed = resealing.reseal(
                            OutboxMessage.bodyAt(row.village(), row.recipient()),
                            row.body().substring(MailOutbox.SEALED.length()));
                    if (sealed.isEmpty()) {
                        continue;
                    }
                    update.setString(1, MailOutbox.SEALED + sealed.get());
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
