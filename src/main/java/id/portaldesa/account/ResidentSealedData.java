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
import java.util.ArrayList;
import java.util.List;
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

    private record ResidentRow(
            long id, long village, long account, String nik, String kk, String nikHash, String kkHash, long version) {}

    private static void residents(Connection c, Resealing resealing) throws SQLException {
        PersonalDataCipher cipher = resealing.cipher();
        long after = 0;
        List<ResidentRow> page;
        do {
            page = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id, village_id, account_id, nik_cipher, kk_cipher, nik_hash, kk_hash, version FROM resident"
                            + " WHERE id > ? AND ((nik_cipher <> '' AND nik_cipher NOT LIKE ?)"
                            + " OR (kk_cipher <> '' AND kk_cipher NOT LIKE ?)) ORDER BY id LIMIT " + Resealing.BATCH)) {
                select.setLong(1, after);
                select.setString(2, resealing.currentPattern(""));
                select.setString(3, resealing.currentPattern(""));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        page.add(new ResidentRow(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getLong(8)));
                    }
                }
            }
            try (PreparedStatement update =
                    c.prepareStatement("UPDATE resident SET nik_cipher = ?, nik_hash = ?, kk_cipher = ?, kk_hash = ?,"
                            + " version = version + 1 WHERE id = ? AND version = ?")) {
                for (ResidentRow row : page) {
                    after = row.id();
                    String nikSealed = row.nik();
                    String nikHash = row.nikHash();
                    if (nikSealed != null && !nikSealed.isEmpty()) {
                        Optional<String> nik = resealing.open(Resident.nikAt(row.village(), row.account()), nikSealed);
                        if (nik.isEmpty()) {
                            continue;
                        }
                        nikSealed = cipher.encrypt(Resident.nikAt(row.village(), row.account()), nik.get());
                        nikHash = cipher.lookupHash(row.village(), nik.get());
                    }
                    String kkSealed = row.kk();
                    String kkHash = row.kkHash();
                    if (!kkSealed.isEmpty()) {
                        Optional<String> kk = resealing.open(Resident.kkAt(row.village(), row.account()), kkSealed);
                        if (kk.isEmpty()) {
                            continue;
                        }
                        kkSealed = cipher.encrypt(Resident.kkAt(row.village(), row.account()), kk.get());
                        kkHash = cipher.lookupHash(row.village(), kk.get());
                    }
                    update.setObject(1, nikSealed, Types.VARCHAR);
                    update.setObject(2, nikHash, Types.VARCHAR);
                    update.setString(3, kkSealed);
                    update.setString(4, kkHash);
                    update.setLong(5, row.id());
                    update.setLong(6, row.version());
                    update.addBatch();
                }
                resealing.rewritten(update.executeBatch());
            }
            resealing.commit(c);
        } while (page.size() == Resealing.BATCH);
    }

    private record MemberRow(long id, long village, String nik, long version) {}

    private static void familyMembers(Connection c, Resealing resealing) throws SQLException {
        PersonalDataCipher cipher = resealing.cipher();
        long after = 0;
        List<MemberRow> page;
        do {
            page = new ArrayList<>();
            try (PreparedStatement select =
                    c.prepareStatement("SELECT id, village_id, nik_cipher, version FROM resident_family_member"
                            + " WHERE id > ? AND nik_cipher <> '' AND nik_cipher NOT LIKE ? ORDER BY id LIMIT "
                            + Resealing.BATCH)) {
                select.setLong(1, after);
                select.setString(2, resealing.currentPattern(""));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        page.add(new MemberRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
                    }
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE resident_family_member"
                    + " SET nik_cipher = ?, nik_hash = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                for (MemberRow row : page) {
                    after = row.id();
                    Optional<String> nik = resealing.open(FamilyMember.nikAt(row.village(), row.id()), row.nik());
                    if (nik.isEmpty()) {
                        continue;
                    }
                    update.setString(1, cipher.encrypt(FamilyMember.nikAt(row.village(), row.id()), nik.get()));
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
