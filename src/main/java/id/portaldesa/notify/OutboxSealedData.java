package id.portaldesa.notify;

import id.portaldesa.shared.crypto.Resealing;
import id.portaldesa.shared.crypto.SealedData;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Sealed mail bodies in the outbox, sealed again with the current data key; plain ones stay as they are. */
@ApplicationScoped
public class OutboxSealedData implements SealedData {

    @Override
    public String name() {
        return "mail outbox bodies";
    }

    @Override
    public void reseal(Connection c, Resealing resealing) throws SQLException {
        long after = 0;
        while (true) {
            int read = 0;
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id, village_id, recipient, body, version FROM mail_outbox WHERE id > ? AND body LIKE ?"
                            + " AND body NOT LIKE ? ORDER BY id LIMIT " + Resealing.BATCH)) {
                select.setLong(1, after);
                select.setString(2, MailOutbox.SEALED + "%");
                select.setString(3, resealing.currentPattern(MailOutbox.SEALED));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        long id = rs.getLong(1);
                        after = id;
                        long village = rs.getLong(2);
                        Long villageId = rs.wasNull() ? null : village;
                        var at = OutboxMessage.bodyAt(villageId, rs.getString(3));
                        Optional<String> sealed =
                                resealing.reseal(at, rs.getString(4).substring(MailOutbox.SEALED.length()));
                        if (sealed.isEmpty()) {
                            continue;
                        }
                        try (PreparedStatement update = c.prepareStatement(
                                "UPDATE mail_outbox SET body = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                            update.setString(1, MailOutbox.SEALED + sealed.get());
                            update.setLong(2, id);
                            update.setLong(3, rs.getLong(5));
                            if (update.executeUpdate() == 1) {
                                resealing.rewritten();
                            }
                        }
                    }
                }
            }
            if (read < Resealing.BATCH) {
                return;
            }
        }
    }
}
