package id.portaldesa.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.web.Http;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
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
 * foreign hosts. The portal with the data key runs as deploy/ installs it: the uber-jar with the
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
