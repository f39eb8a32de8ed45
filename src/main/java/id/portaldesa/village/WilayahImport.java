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
import java.util.List;
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
        try (PreparedStatement fullInsert = connection.prepareStatement(insert(table, ROWS_PER_INSERT))) {
            in.readLine(); // header: kode,nama
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                chunk.add(new String[] {line.substring(0, comma), unquote(line.substring(comma + 1))});
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
        return "INSERT INTO " + table + " (code, name, depth, parent_code) VALUES "
                + String.join(", ", Collections.nCopies(rows, "(?, ?, ?, ?)"));
    }

    private static void insertChunk(PreparedStatement insert, List<String[]> chunk) throws SQLException {
        int p = 1;
        for (String[] row : chunk) {
            RegionCode code = new RegionCode(row[0]);
            insert.setString(p++, code.value());
            insert.setString(p++, row[1]);
            insert.setInt(p++, code.depth());
            insert.setString(p++, code.depth() > 1 ? code.parent().value() : null);
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
