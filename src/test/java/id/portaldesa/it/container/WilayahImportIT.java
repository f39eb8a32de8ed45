package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.portaldesa.village.WilayahImport;
import java.io.BufferedReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An import of the official list cut off by an SQL error keeps the chunks it committed, and the next
 * import goes on after them to the end: no row lost, none twice (a partial list used to make every
 * later start skip the import).
 */
@ExtendWith(ArquillianExtension.class)
class WilayahImportIT {

    /** A table of the region table's shape, so the test never touches the real list. */
    static final String TABLE = "it_region_import";

    /** More rows than one insert statement carries, so a failure comes after a first insert ran. */
    static final int GOOD_ROWS = 1_200;

    @jakarta.inject.Inject
    DatabaseRows rows;

    @BeforeEach
    void createTable() throws SQLException {
        execute("DROP TABLE IF EXISTS " + TABLE);
        execute("CREATE TABLE " + TABLE + " (code VARCHAR(13) NOT NULL, name VARCHAR(120) NOT NULL,"
                + " depth TINYINT NOT NULL, parent_code VARCHAR(13), district_name VARCHAR(120),"
                + " regency_name VARCHAR(120), PRIMARY KEY (code))");
    }

    @AfterEach
    void dropTable() throws SQLException {
        execute("DROP TABLE IF EXISTS " + TABLE);
    }

    @Test
    void anImportCutOffBySqlErrorIsCompletedByTheNextOne() throws Exception {
        StringBuilder list = new StringBuilder("kode,nama\n");
        for (int i = 1; i <= GOOD_ROWS; i++) {
            list.append(String.format("11.01.01.%04d,Desa %d%n", i, i));
        }
        // A code out of order that is already there: the primary key refuses the last insert, after
        // two chunks of 500 were committed.
        String broken = list + "11.01.01.0001,Desa Ganda\n";
        List<String> committed = new ArrayList<>();

        try (Connection c = rows.connection()) {
            assertThrows(
                    SQLException.class,
                    () -> WilayahImport.load(c, new BufferedReader(new StringReader(broken)), TABLE, committed::add));
            assertEquals(List.of("11.01.01.0500", "11.01.01.1000"), committed);
            assertEquals(1_000, count(c), "the chunks before the error stay, the failed one is rolled back");

            committed.clear();
            assertEquals(
                    GOOD_ROWS - 1_000,
                    WilayahImport.load(c, new BufferedReader(new StringReader(list.toString())), TABLE, committed::add),
                    "the next import loads only the rows after the last one there");
            assertEquals(GOOD_ROWS, count(c), "every row once");
            assertEquals(List.of("11.01.01.1200"), committed);
            assertEquals(
                    0,
                    WilayahImport.load(c, new BufferedReader(new StringReader(list.toString())), TABLE, committed::add),
                    "a whole list is left as it is");
        }
    }

    private long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT COUNT(*) FROM " + TABLE)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = rows.connection();
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
