package id.portaldesa.account;

import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.crypto.Resealing;
import id.portaldesa.shared.crypto.SealedData;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * The residents' NIK and KK numbers and their family members' NIK, sealed again with the current data
 * key, with lookup hashes of the current key and village. An erased value (empty) or a NIK given up
 * (null) stays as it is, and so does its pseudonymous hash.
 */
@ApplicationScoped
public class ResidentSealedData implements SealedData {

    @Override
    public String name() {
        return "resident NIK and KK, family members' NIK";
    }

    @Override
    public void reseal(Connection c, Resealing resealing) throws SQLException {
        residents(c, resealing);
        familyMembers(c, resealing);
    }

    private static void residents(Connection c, Resealing resealing) throws SQLException {
        PersonalDataCipher cipher = resealing.cipher();
        long after = 0;
        while (true) {
            int read = 0;
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id, village_id, account_id, nik_cipher, kk_cipher, nik_hash, kk_hash, version FROM resident"
                            + " WHERE id > ? AND ((nik_cipher <> '' AND nik_cipher NOT LIKE ?)"
                            + " OR (kk_cipher <> '' AND kk_cipher NOT LIKE ?)) ORDER BY id LIMIT " + Resealing.BATCH)) {
                select.setLong(1, after);
                select.setString(2, resealing.currentPattern(""));
                select.setString(3, resealing.currentPattern(""));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        long id = rs.getLong(1);
                        after = id;
                        long village = rs.getLong(2);
                        long account = rs.getLong(3);
                        String nikStored = rs.getString(4);
                        String kkStored = rs.getString(5);
                        String nikHash = rs.getString(6);
                        String kkHash = rs.getString(7);
                        String nikSealed = nikStored;
                        if (nikStored != null && !nikStored.isEmpty()) {
                            Optional<String> nik = resealing.open(Resident.nikAt(village, account), nikStored);
                            if (nik.isEmpty()) {
                                continue;
                            }
                            nikSealed = cipher.encrypt(Resident.nikAt(village, account), nik.get());
                            nikHash = cipher.lookupHash(village, nik.get());
                        }
                        String kkSealed = kkStored;
                        if (!kkStored.isEmpty()) {
                            Optional<String> kk = resealing.open(Resident.kkAt(village, account), kkStored);
                            if (kk.isEmpty()) {
                                continue;
                            }
                            kkSealed = cipher.encrypt(Resident.kkAt(village, account), kk.get());
                            kkHash = cipher.lookupHash(village, kk.get());
                        }
                        try (PreparedStatement update = c.prepareStatement(
                                "UPDATE resident SET nik_cipher = ?, nik_hash = ?, kk_cipher = ?, kk_hash = ?,"
                                        + " version = version + 1 WHERE id = ? AND version = ?")) {
                            update.setObject(1, nikSealed, Types.VARCHAR);
                            update.setObject(2, nikHash, Types.VARCHAR);
                            update.setString(3, kkSealed);
                            update.setString(4, kkHash);
                            update.setLong(5, id);
                            update.setLong(6, rs.getLong(8));
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

    private static void familyMembers(Connection c, Resealing resealing) throws SQLException {
        PersonalDataCipher cipher = resealing.cipher();
        long after = 0;
        while (true) {
            int read = 0;
            try (PreparedStatement select =
                    c.prepareStatement("SELECT id, village_id, nik_cipher, version FROM resident_family_member"
                            + " WHERE id > ? AND nik_cipher <> '' AND nik_cipher NOT LIKE ? ORDER BY id LIMIT "
                            + Resealing.BATCH)) {
                select.setLong(1, after);
                select.setString(2, resealing.currentPattern(""));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        long id = rs.getLong(1);
                        after = id;
                        long village = rs.getLong(2);
                        Optional<String> nik = resealing.open(FamilyMember.nikAt(village, id), rs.getString(3));
                        if (nik.isEmpty()) {
                            continue;
                        }
                        try (PreparedStatement update = c.prepareStatement(
                                "UPDATE resident_family_member"
                                        + " SET nik_cipher = ?, nik_hash = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                            update.setString(1, cipher.encrypt(FamilyMember.nikAt(village, id), nik.get()));
                            update.setString(2, cipher.lookupHash(village, nik.get()));
                            update.setLong(3, id);
                            update.setLong(4, rs.getLong(4));
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
