package id.portaldesa.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.web.Http;
import id.portaldesa.shared.crypto.PersonalDataCipher;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A production start on an empty MariaDB/MySQL database: no demo data, no start without the data
 * key, the first platform admin created through the one-time link in the log, and no platform on
 * foreign hosts, no start with a data key that did not seal the database, a changed key rotated at
 * start. The portal with the data key runs as deploy/ installs it: the uber-jar with the
 * pre-boot commands, started with the systemd unit's options.
 */
class ProductionStartIT {

    static final int PORT = 18091;

    /** A new, empty database on the test server, for one start. */
    static String emptyDatabase() throws Exception {
        String testUrl = System.getProperty("portal.test.db.url");
        String name = "portal_prod_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(
                        testUrl,
                        System.getProperty("portal.test.db.user"),
                        System.getProperty("portal.test.db.password"));
                Statement st = c.createStatement()) {
            st.executeUpdate("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return testUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    static Map<String, String> database(String url) {
        return Map.of(
                "PORTAL_DB_URL",
                url,
                "PORTAL_DB_USER",
                System.getProperty("portal.test.db.user"),
                "PORTAL_DB_PASSWORD",
                System.getProperty("portal.test.db.password"),
                "PORTAL_BASE_URL",
                "http://127.0.0.1:" + PORT);
    }

    @Test
    void refusesToStartWithoutTheDataKey() throws Exception {
        try (PortalProcess portal =
                PortalProcess.start(PORT, database(emptyDatabase())).awaitStarted()) {
            assertTrue(portal.log().contains("PORTAL DESA CANNOT START: PORTAL_DATA_KEY is not set"), portal.log());
            assertEquals(404, portal.status("/"), "nothing is served");
        }
    }

    @Test
    void firstPlatformAdminComesFromTheOneTimeSetupLink() throws Exception {
        Map<String, String> env = new HashMap<>(database(emptyDatabase()));
        env.put("PORTAL_DATA_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        try (PortalProcess portal = PortalProcess.startAsService(PORT, env).awaitReady()) {
            assertTrue(
                    portal.get("/platform/desa", "X-Forwarded-Proto", "https")
                            .headers()
                            .firstValue("Location")
                            .orElse("")
                            .startsWith("https://"),
                    "behind nginx's TLS, redirects stay on https (preboot.asadmin)");
            otherAddressOfThisMachine()
                    .ifPresent(address ->
                            assertEquals(-1, reach(address, PORT), "listens on loopback only, not on " + address));
            Matcher link = Pattern.compile("one-time setup link[^:]*: (\\S+)").matcher(portal.log());
            assertTrue(link.find(), portal.log());
            assertTrue(portal.get("/").body().contains("<strong>0</strong>"), "no demo villages");
            assertEquals(404, portal.get("/kungkai/").statusCode(), "no demo villages");
            assertEquals(
                    404, portal.get("/", "Host", "evil.example").statusCode(), "the platform answers only on its host");

            String setupPath = link.group(1).substring(portal.base().length());
            String sessionCookie = portal.get(setupPath, "X-Forwarded-Proto", "https")
                    .headers()
                    .firstValue("Set-Cookie")
                    .orElse("");
            assertTrue(
                    sessionCookie.contains("Secure")
                            && sessionCookie.contains("HttpOnly")
                            // Payara 6.2025 writes the attribute twice (payara/Payara#7254): harmless.
                            && sessionCookie.contains("SameSite=Lax"),
                    "over https the session cookie is Secure, HttpOnly and SameSite: " + sessionCookie);

            // Two people open the link and press at once: one admin is made, the other is told it was used.
            List<String> emails = List.of("admin@merangin.go.id", "saingan@merangin.go.id");
            List<Http> people = List.of(new Http(portal.base()), new Http(portal.base()));
            List<Http.Page> forms =
                    List.of(people.get(0).get(link.group(1)), people.get(1).get(link.group(1)));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Http.Page>> presses = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                presses.add(pool.submit(() -> {
                    start.await();
                    return people.get(n)
                            .submit(
                                    forms.get(n),
                                    "setup",
                                    Map.of(
                                            "name",
                                            "Admin Kabupaten",
                                            "email",
                                            emails.get(n),
                                            "password",
                                            "sandi-yang-panjang"),
                                    "submit");
                }));
            }
            start.countDown();
            List<Integer> made = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Http.Page answer = presses.get(i).get();
                if (answer.text().contains("Admin platform dibuat")) {
                    made.add(i);
                } else {
                    assertTrue(answer.text().contains("sudah pernah dipakai"), answer.text());
                }
            }
            pool.shutdown();
            assertEquals(1, made.size(), "one link, one admin");
            int winner = made.get(0);
            Http operator = people.get(winner);
            Http.Page console = operator.login("", emails.get(winner), "sandi-yang-panjang");
            assertTrue(console.url().endsWith("/platform/desa"), console.url());
            Http.Page loser = new Http(portal.base()).login("", emails.get(1 - winner), "sandi-yang-panjang");
            assertFalse(loser.url().endsWith("/platform/desa"), "the other press made no account");

            Http intruder = new Http(portal.base());
            Http.Page again = intruder.submit(
                    intruder.get(link.group(1)),
                    "setup",
                    Map.of("name", "Penyusup", "email", "penyusup@example.com", "password", "sandi-yang-panjang"),
                    "submit");
            assertTrue(again.text().contains("sudah pernah dipakai"), again.text());
        }
        // The unit's launcher: this run (or an earlier service run of the suite) left the classes of
        // a whole Payara start for the next one; ClassArchiveLauncherTest shows the next maps them.
        Path archive = PortalProcess.CLASS_ARCHIVE.resolve("classes.jsa");
        assertTrue(Files.exists(archive) && Files.size(archive) > 20_000_000, "class archive " + archive);
    }

    /**
     * The zero-configuration embedded database, but on a real host's base URL: a production start,
     * without the demo villages and their accounts (whose passwords the README publishes).
     */
    @Test
    void theEmbeddedDatabaseOnARealHostStartsWithoutDemoAccounts() throws Exception {
        Map<String, String> env = Map.of(
                "PORTAL_BASE_URL", "https://desa.merangin.go.id",
                "PORTAL_DATA_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        // Started, not ready: /health answers only on the platform's own host now.
        try (PortalProcess portal = PortalProcess.start(PORT, env).awaitStarted()) {
            String directory = portal.get("/", "Host", "desa.merangin.go.id").body();
            assertTrue(directory.contains("<strong>0</strong>"), "no demo villages: " + directory);
            assertEquals(
                    404, portal.get("/kungkai/", "Host", "desa.merangin.go.id").statusCode());
            assertTrue(portal.log().contains("one-time setup link"), "the first admin comes from the setup link");
            assertTrue(!portal.log().contains("Demo data loaded"), portal.log());
            assertTrue(portal.log().contains("Embedded database without demo data"), portal.log());
        }
    }

    /** The key id ("version") a data key gives its values, as the start logs it. */
    static String keyId(String base64) {
        return PersonalDataCipher.keyIdOf(Base64.getDecoder().decode(base64));
    }

    static String freshKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static Map<String, String> withKeys(String url, String key, String oldKeys) {
        Map<String, String> env = new HashMap<>(database(url));
        env.put("PORTAL_DATA_KEY", key);
        if (oldKeys != null) {
            env.put("PORTAL_DATA_KEY_OLD", oldKeys);
        }
        return env;
    }

    static String recordedKey(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        url, System.getProperty("portal.test.db.user"), System.getProperty("portal.test.db.password"));
                Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT key_id FROM data_key WHERE id = 1")) {
            return rs.next() ? rs.getString(1).trim() : null;
        }
    }

    @Test
    void aKeyThatDidNotSealTheDatabaseIsRefusedAndAChangedKeyIsRotatedAtStart() throws Exception {
        String url = emptyDatabase();
        String first = freshKey();
        String second = freshKey();
        try (PortalProcess portal =
                PortalProcess.start(PORT, withKeys(url, first, null)).awaitReady()) {
            assertTrue(portal.log().contains("Personal data sealed with data key " + keyId(first)), portal.log());
        }
        assertEquals(keyId(first), recordedKey(url));

        // Another key, not named as the old one: refused before anything is served, both keys named.
        try (PortalProcess portal =
                PortalProcess.start(PORT, withKeys(url, second, null)).awaitStarted()) {
            assertTrue(
                    portal.log()
                            .contains("PORTAL DESA CANNOT START: the personal data in this database is sealed with"
                                    + " data key " + keyId(first) + ", but PORTAL_DATA_KEY is key " + keyId(second)),
                    portal.log());
            assertEquals(404, portal.status("/"), "nothing is served");
        }
        assertEquals(keyId(first), recordedKey(url));

        // The rotation of deploy/README.md: the new key, the old one in PORTAL_DATA_KEY_OLD, one start.
        try (PortalProcess portal =
                PortalProcess.start(PORT, withKeys(url, second, first)).awaitReady()) {
            // One row: the letters' certificate authority, created (and sealed) at the first start.
            assertTrue(
                    portal.log()
                            .contains("Personal data sealed with data key " + keyId(second) + ": 1 rows sealed again;"
                                    + " PORTAL_DATA_KEY_OLD [" + keyId(first) + "] may now be removed."),
                    portal.log());
            assertTrue(portal.log().contains("letter signing keys, 1 rows"), portal.log());
        }
        assertEquals(keyId(second), recordedKey(url), "the old key can go: the database is sealed with the new one");
    }

    /** An address of this machine that is not loopback, if it has one. */
    static Optional<InetAddress> otherAddressOfThisMachine() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
    }

    /** 0 when a TCP connection to the address and port opens, -1 when it is refused or times out. */
    static int reach(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return 0;
        } catch (IOException e) {
            return -1;
        }
    }
}
