package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.portaldesa.village.WilayahImport;
import java.io.BufferedReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The official list is loaded whole or not at all: an SQL error half-way leaves nothing behind (a
 * partial list would make every later start skip the import), and the next import completes.
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
    void anSqlErrorMidImportLeavesNothingAndTheNextImportCompletes() throws Exception {
        StringBuilder list = new StringBuilder("kode,nama\n");
        for (int i = 1; i <= GOOD_ROWS; i++) {
            list.append(String.format("11.01.01.%04d,Desa %d%n", i, i));
        }
        // The same code twice: the primary key refuses it in the last insert, after two have run.
        String broken = list + "11.01.01.0001,Desa Ganda\n";

        try (Connection c = rows.connection()) {
            assertThrows(
                    SQLException.class,
                    () -> WilayahImport.load(c, new BufferedReader(new StringReader(broken)), TABLE));
            assertEquals(0, count(c), "a failed import commits nothing");
            assertEquals(
                    GOOD_ROWS, WilayahImport.load(c, new BufferedReader(new StringReader(list.toString())), TABLE));
            assertEquals(GOOD_ROWS, count(c), "the second import loads every row");
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
