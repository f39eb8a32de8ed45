package id.portaldesa.shared.crypto;

import java.nio.charset.StandardCharsets;

/**
 * Where a sealed value is stored: table, column, village and the row. It is the associated data of
 * AES-GCM, so a ciphertext opens only where it was sealed: copied to another row, column or village
 * it fails to decrypt instead of showing someone else's number.
 *
 * <p>{@code row} names the row by its id where the id is known when the value is sealed
 * ({@code "id=42"}); otherwise by a natural key that is stable and unique in the village (a resident
 * record by its account, {@code "account=7"}; a mail by its recipient).
 *
 * @param villageId null for values that belong to no village (mail of the platform)
 */
public record SealedAt(String table, String column, Long villageId, String row) {

    public SealedAt {
        if (table.isBlank() || column.isBlank() || row.isBlank()) {
            throw new IllegalArgumentException("A sealed value needs its table, column and row");
        }
    }

    byte[] associatedData() {
        return ("portal-desa|" + table + "." + column + "|village=" + (villageId == null ? "-" : villageId) + "|" + row)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return table + "." + column + " of " + row + " in village " + villageId;
    }
}
