package id.portaldesa.village;

import id.portaldesa.shared.persistence.PortalDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLConnection;
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
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Loads the official list of regions (Kemendagri, shipped as {@code wilayah/wilayah.csv} with its MIT
 * notice) into the database, in the background: the first start would otherwise wait seconds for it.
 * Rows go in in code order, committed a chunk at a time, so an import cut off by an error or a crash
 * is taken up by the next start where it stopped; {@link OfficialList} tells readers how far it is.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class WilayahImport {

    static final String RESOURCE = "/wilayah/wilayah.csv";
    private static final Logger LOG = Logger.getLogger(WilayahImport.class.getName());
    private static final int ROWS_PER_INSERT = 500;
    /** Enough of the list's end to hold its last line. */
    private static final int TAIL_BYTES = 512;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    OfficialList list;

    @PostConstruct
    void start() {
        Optional<String> highest;
        try (Connection connection = dataSource.getConnection()) {
            fillParentNames(connection);
            highest = highestCode(connection, "region");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the official region list", e);
        }
        highest.ifPresent(list::loadedThrough);
        // Every later start: the list's last row is there, so nothing is read (reading the whole list
        // to find nothing to add cost a restart a second of the other core).
        if (highest.isPresent() && highest.equals(lastCodeOfTheList())) {
            list.whole();
        } else {
            executor.submit(this::loadTheRest);
        }
    }

    /** The code on the shipped list's last line, read from its end; empty when its size is unknown. */
    static Optional<String> lastCodeOfTheList() {
        try {
            URLConnection resource = Objects.requireNonNull(WilayahImport.class.getResource(RESOURCE), RESOURCE)
                    .openConnection();
            long size = resource.getContentLengthLong();
            if (size < 0) {
                return Optional.empty();
            }
            try (InputStream in = resource.getInputStream()) {
                in.skipNBytes(Math.max(0, size - TAIL_BYTES));
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .strip()
                        .split("\\R");
                String last = lines[lines.length - 1];
                return Optional.of(last.substring(0, last.indexOf(',')));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void loadTheRest() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            int rows = load(connection, list::loadedThrough);
            list.whole();
            if (rows > 0) {
                LOG.info(() ->
                        "Loaded " + rows + " official regions in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not load the official region list; the next start goes on with it", e);
            list.failed(e);
        }
    }

    static Optional<String> highestCode(Connection connection, String table) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT MAX(code) FROM " + table);
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return Optional.ofNullable(rs.getString(1));
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

    private static int load(Connection connection, Consumer<String> committedThrough) throws SQLException {
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(WilayahImport.class.getResourceAsStream(RESOURCE), RESOURCE),
                StandardCharsets.UTF_8))) {
            return load(connection, in, "region", committedThrough);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a list ({@code kode,nama} lines after a header, in code order) into the table, going on
     * after the highest code the table holds, one committed chunk at a time; tells {@code
     * committedThrough} the last code of each chunk committed. An error leaves the chunks committed
     * before it, which the next call keeps and completes: one transaction for the whole list would
     * cost H2 seconds in its commit alone. Public for the test, which loads into a table of its own.
     */
    public static int load(Connection connection, BufferedReader in, String table, Consumer<String> committedThrough)
            throws SQLException, IOException {
        String after = highestCode(connection, table).orElse("");
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
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
                if (code.compareTo(after) <= 0) {
                    continue;
                }
                String district =
                        region.depth() == 4 ? names.get(region.parent().value()) : null;
                String regency =
                        region.depth() == 4 ? names.get(region.parent().parent().value()) : null;
                chunk.add(new String[] {code, name, district, regency});
                rows++;
                if (chunk.size() == ROWS_PER_INSERT) {
                    commitChunk(connection, fullInsert, chunk, committedThrough);
                }
            }
            if (!chunk.isEmpty()) {
                try (PreparedStatement lastInsert = connection.prepareStatement(insert(table, chunk.size()))) {
                    commitChunk(connection, lastInsert, chunk, committedThrough);
                }
            }
        } finally {
            // Switching autocommit back on commits whatever is pending: roll a failed chunk back first.
            connection.rollback();
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

    private static void commitChunk(
            Connection connection, PreparedStatement insert, List<String[]> chunk, Consumer<String> committedThrough)
            throws SQLException {
        String last = chunk.get(chunk.size() - 1)[0];
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
        connection.commit();
        chunk.clear();
        committedThrough.accept(last);
    }

    static String unquote(String value) {
        String v = value.trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
                ? v.substring(1, v.length() - 1).replace("\"\"", "\"")
                : v;
    }
}
