package id.portaldesa.village;

import id.portaldesa.shared.persistence.PortalDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Loads the official list of regions (Kemendagri, shipped as {@code wilayah/wilayah.csv} with its MIT
 * notice) into the database on the first start. Later starts find it there and skip.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class WilayahImport {

    static final String RESOURCE = "/wilayah/wilayah.csv";
    private static final Logger LOG = Logger.getLogger(WilayahImport.class.getName());
    private static final int ROWS_PER_INSERT = 500;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void importOnce() {
        try (Connection connection = dataSource.getConnection()) {
            if (hasRegions(connection)) {
                fillParentNames(connection);
                return;
            }
            long started = System.nanoTime();
            int rows = load(connection);
            LOG.info(() ->
                    "Loaded " + rows + " official regions in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the official region list", e);
        }
    }

    private static boolean hasRegions(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT COUNT(*) FROM region");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /**
     * A list loaded before the village rows carried their district's and regency's names gets them
     * now, once (V14): read from the list in the database, written in batches in one transaction.
     */
    static void fillParentNames(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                        "SELECT COUNT(*) FROM region WHERE depth = 4 AND district_name IS NULL");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return;
            }
        }
        long started = System.nanoTime();
        Map<String, String> names = new HashMap<>();
        List<String> villages = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT code, name, depth FROM region");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                if (rs.getInt(3) == 4) {
                    villages.add(rs.getString(1));
                } else {
                    names.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        boolean committed = false;
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE region SET district_name = ?, regency_name = ? WHERE code = ?")) {
            int pending = 0;
            for (String code : villages) {
                RegionCode district = new RegionCode(code).parent();
                update.setString(1, names.get(district.value()));
                update.setString(2, names.get(district.parent().value()));
                update.setString(3, code);
                update.addBatch();
                if (++pending == ROWS_PER_INSERT) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
            connection.commit();
            committed = true;
        } finally {
            if (!committed) {
                connection.rollback();
            }
            connection.setAutoCommit(autoCommit);
        }
        LOG.info(() -> "Added district and regency names to " + villages.size() + " villages of the official list in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private static int load(Connection connection) throws SQLException {
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(WilayahImport.class.getResourceAsStream(RESOURCE), RESOURCE),
                StandardCharsets.UTF_8))) {
            return load(connection, in, "region");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a list ({@code kode,nama} lines after a header) into the table, all rows or none: one
     * transaction, rolled back on any failure. A partial list must never be committed, since a later
     * start finds rows there and skips the import. Public for the test, which loads into a table of
     * its own.
     */
    public static int load(Connection connection, BufferedReader in, String table) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        boolean committed = false;
        int rows = 0;
        List<String[]> chunk = new ArrayList<>(ROWS_PER_INSERT);
        // The list comes in code order, so a village's district and regency are read before it.
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement fullInsert = connection.prepareStatement(insert(table, ROWS_PER_INSERT))) {
            in.readLine(); // header: kode,nama
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                String code = line.substring(0, comma);
                String name = unquote(line.substring(comma + 1));
                RegionCode region = new RegionCode(code);
                if (region.depth() < 4) {
                    names.put(code, name);
                }
                String district =
                        region.depth() == 4 ? names.get(region.parent().value()) : null;
                String regency =
                        region.depth() == 4 ? names.get(region.parent().parent().value()) : null;
                chunk.add(new String[] {code, name, district, regency});
                rows++;
                if (chunk.size() == ROWS_PER_INSERT) {
                    insertChunk(fullInsert, chunk);
                }
            }
            if (!chunk.isEmpty()) {
                try (PreparedStatement lastInsert = connection.prepareStatement(insert(table, chunk.size()))) {
                    insertChunk(lastInsert, chunk);
                }
            }
            connection.commit();
            committed = true;
        } finally {
            // Switching autocommit back on commits whatever is pending: roll back first, on any failure
            // (an SQL error, a bad line, an I/O error alike).
            if (!committed) {
                connection.rollback();
            }
            connection.setAutoCommit(autoCommit);
        }
        return rows;
    }

    /**
     * One statement for many rows: a round trip per row would make the first start on a database
     * across the network take minutes, and no JDBC driver option is needed for this.
     */
    static String insert(String table, int rows) {
        return "INSERT INTO " + table + " (code, name, depth, parent_code, district_name, regency_name) VALUES "
                + String.join(", ", Collections.nCopies(rows, "(?, ?, ?, ?, ?, ?)"));
    }

    private static void insertChunk(PreparedStatement insert, List<String[]> chunk) throws SQLException {
        int p = 1;
        for (String[] row : chunk) {
            RegionCode code = new RegionCode(row[0]);
            insert.setString(p++, code.value());
            insert.setString(p++, row[1]);
            insert.setInt(p++, code.depth());
            insert.setString(p++, code.depth() > 1 ? code.parent().value() : null);
            insert.setString(p++, row[2]);
            insert.setString(p++, row[3]);
        }
        insert.executeUpdate();
        chunk.clear();
    }

    static String unquote(String value) {
        String v = value.trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
                ? v.substring(1, v.length() - 1).replace("\"\"", "\"")
                : v;
    }
}
