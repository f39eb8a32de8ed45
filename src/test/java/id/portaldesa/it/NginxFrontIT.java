package id.portaldesa.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped deploy/nginx files on Debian's nginx, in front of the packaged portal, installed as
 * deploy/README.md section 5 says: each HTTPS host's server block written by portal-desa-site.sh
 * once its certificate exists, certificates root-only as certbot makes them (when the test runs as
 * root: the workers then run as www-data, as on a server). Only what a private test instance needs
 * is changed in the files: listen addresses (loopback, high ports), the directories under
 * /etc/nginx, /etc/letsencrypt/live, /var/log/nginx and /var/www/letsencrypt, and Payara's port.
 * The portal runs the demo villages on a fresh MariaDB database, behind the platform host
 * {@value #PLATFORM}, with Kungkai on {@value #KUNGKAI} and its secondary domain {@value #WWW}.
 */
class NginxFrontIT {

    static final int PORTAL_PORT = 18095;
    static final int HTTPS_PORT = 18446;
    static final int HTTP_PORT = 18086;
    static final String PLATFORM = "portal.localhost";
    static final String KUNGKAI = "kungkai.localhost";
    static final String WWW = "www.kungkai.localhost";
    static final Path SHIPPED = Path.of("deploy/nginx");

    static PortalProcess portal;
    static Process nginx;
    static Path dir;
    static SSLContext tls;
    static boolean root;
    static Map<String, String> portalEnv;

    @BeforeAll
    static void start() throws Exception {
        Path binary = nginxBinary();
        if (binary == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("nginx is not installed: CI installs it (.ci/run), the nginx IT must run there");
            }
            Assumptions.abort("nginx is not installed (apt-get install nginx); .ci/run installs it");
        }
        Path debianMain = Path.of("/etc/nginx/nginx.conf");
        assertTrue(Files.isReadable(debianMain), "Debian's nginx package ships /etc/nginx/nginx.conf");
        root = "root".equals(System.getProperty("user.name"));

        Map<String, String> env = new HashMap<>(ProductionStartIT.database(ProductionStartIT.emptyDatabase()));
        env.put("PORTAL_DEMO", "true");
        env.put("PORTAL_BASE_URL", "https://" + PLATFORM);
        portalEnv = env;
        portal = PortalProcess.startAsService(PORTAL_PORT, env);

        // Outside target/: the worker user must be able to reach its temporary files.
        dir = Files.createTempDirectory("portal-nginx-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String sub : List.of("conf/sites-enabled", "conf/snippets", "conf/portal-desa", "live", "logs", "www")) {
            Files.createDirectories(dir.resolve(sub));
        }
        Files.writeString(dir.resolve("conf/nginx.conf"), mainConf(Files.readString(debianMain)));
        install("portal-desa.conf", "conf/sites-enabled/portal-desa.conf");
        install("portal-desa-common.conf", "conf/snippets/portal-desa-common.conf");
        install("site.conf.template", "conf/portal-desa/site.conf.template");
        install("upload-too-large.html", "conf/portal-desa/upload-too-large.html");
        Files.createDirectories(dir.resolve("conf/portal-desa/sites"));

        Run check = run(List.of(
                binary.toString(), "-t", "-p", dir.toString(), "-c", mainConf().toString()));
        assertEquals(
                0,
                check.exitCode(),
                "nginx -t passes on the shipped files before any certificate exists:\n" + check.output());

        certificate(PLATFORM);
        certificate(KUNGKAI, WWW);
        Run site = portalDesaSite(PLATFORM);
        assertEquals(0, site.exitCode(), site.output());
        site = portalDesaSite(KUNGKAI, WWW);
        assertEquals(0, site.exitCode(), site.output());
        Run refused = portalDesaSite("tanpa-sertifikat.localhost");
        assertNotEquals(0, refused.exitCode(), "no server block for a host without a certificate");
        assertTrue(refused.output().contains("no certificate"), refused.output());

        check = run(List.of(
                binary.toString(), "-t", "-p", dir.toString(), "-c", mainConf().toString()));
        assertEquals(0, check.exitCode(), "nginx -t with the generated server blocks:\n" + check.output());
        nginx = new ProcessBuilder(
                        binary.toString(),
                        "-p",
                        dir.toString(),
                        "-c",
                        mainConf().toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        tls = trusting(PLATFORM, KUNGKAI);
        awaitListening(HTTPS_PORT);

        portal.awaitReady();
        secondaryDomain();
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(20, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
        if (portal != null) {
            portal.close();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void aVillagesOwnDomainServesItsHomePageOverTls() throws Exception {
        Response home = get(KUNGKAI, KUNGKAI, "/");
        assertEquals(200, home.status(), home.toString());
        assertTrue(home.body().contains("Selamat datang di Kungkai"), home.body());
        assertTrue(
                home.header("strict-transport-security").contains("max-age="),
                home.headers().toString());
        Response directory = get(PLATFORM, PLATFORM, "/");
        assertEquals(200, directory.status(), directory.toString());
        assertTrue(directory.body().contains("Kungkai"), directory.body());
        assertEquals(200, get(PLATFORM, PLATFORM, "/kungkai/").status(), "villages by path on the platform host");
    }

    @Test
    void aSecondaryDomainAnswers301ToThePrimary() throws Exception {
        Response answer = get(WWW, WWW, "/masuk");
        assertEquals(301, answer.status(), answer.toString());
        assertEquals("https://" + KUNGKAI + "/masuk", answer.header("location"));
    }

    @Test
    void anUnknownHostIsRefused() throws Exception {
        assertThrows(SSLException.class, () -> get("evil.localhost", "evil.localhost", "/"), "handshake refused");
        // A known name in the handshake, another in Host: nginx closes the connection, answers nothing.
        assertEquals(-1, get(KUNGKAI, "evil.localhost", "/").status());
        // Plain HTTP only redirects to HTTPS: nothing is proxied.
        Response http = plain(KUNGKAI, "/kantor");
        assertEquals(301, http.status(), http.toString());
        assertEquals("https://" + KUNGKAI + "/kantor", http.header("location"));
    }

    @Test
    void healthAndMetricsAreNotReachableFromOutsideInAnySpelling() throws Exception {
        assertEquals(200, portal.status("/health"), "the endpoint exists on Payara's own port");
        for (String path : List.of(
                "/health",
                "/health/ready",
                "/health;x",
                "/health;x/ready",
                "/%68ealth",
                "/%68ealth;x",
                "/HEALTH",
                "/Health/",
                "//health",
                "/kungkai/../health",
                "/health%3Bx",
                "/metrics",
                "/metrics;x",
                "/%6Detrics",
                "/METRICS/base",
                "/openapi")) {
            // Payara serves them through the app on the platform host; a village host answers 404 itself.
            for (String host : List.of(PLATFORM, KUNGKAI)) {
                Response answer = get(host, host, path);
                assertEquals(404, answer.status(), host + path + ": " + answer);
                assertFalse(
                        answer.body().contains("\"UP\"") || answer.body().contains("# TYPE"),
                        host + path + ": " + answer.body());
            }
        }
    }

    @Test
    void noServerVersionInAnyHeader() throws Exception {
        for (Response answer : List.of(
                get(KUNGKAI, KUNGKAI, "/"), get(KUNGKAI, KUNGKAI, "/health"), get(PLATFORM, PLATFORM, "/nope"))) {
            assertEquals("nginx", answer.header("server"), answer.headers().toString());
            answer.headers()
                    .forEach((name, value) -> assertFalse(
                            value.matches("(?i).*(nginx|payara|glassfish|servlet|jsp)\\s*/?\\s*\\d.*"),
                            name + ": " + value));
            assertEquals("", answer.header("x-powered-by"), answer.headers().toString());
        }
        assertFalse(get(PLATFORM, PLATFORM, "/health").body().contains("1.22"), "no version on error pages");
    }

    @Test
    void htmlAndCssAreGzipped() throws Exception {
        Response home = get(KUNGKAI, KUNGKAI, "/", "Accept-Encoding", "gzip");
        assertEquals("gzip", home.header("content-encoding"), home.headers().toString());
        assertTrue(home.body().contains("Selamat datang di Kungkai"), "the body unpacks: " + home.body());
        Matcher css = Pattern.compile("href=\"([^\"]+\\.css[^\"]*)\"").matcher(home.body());
        assertTrue(css.find(), "the home page links a stylesheet: " + home.body());
        String cssPath = css.group(1).replace("&amp;", "&").replaceFirst("^https://[^/]+", "");
        Response style = get(KUNGKAI, KUNGKAI, cssPath, "Accept-Encoding", "gzip");
        assertEquals(200, style.status(), cssPath + ": " + style);
        assertTrue(
                style.header("content-type").startsWith("text/css"),
                style.headers().toString());
        assertEquals("gzip", style.header("content-encoding"), style.headers().toString());
    }

    @Test
    void certificatesAreReadableOnlyByRootAndStillServed() throws Exception {
        Assumptions.assumeTrue(root, "only root can make files root-only and run workers as another user");
        for (String name : List.of(PLATFORM, KUNGKAI)) {
            Path key = dir.resolve("live").resolve(name).resolve("privkey.pem");
            assertEquals(
                    Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(key));
            assertEquals("root", Files.getOwner(key).getName());
        }
        ProcessHandle master = nginx.toHandle();
        List<String> workers = new ArrayList<>();
        master.children()
                .forEach(w -> workers.add(run(List.of("ps", "-o", "user=", "-p", String.valueOf(w.pid())))
                        .output()
                        .trim()));
        assertFalse(workers.isEmpty(), "nginx has worker processes");
        assertTrue(workers.stream().noneMatch("root"::equals), "workers do not run as root: " + workers);
        assertEquals(200, get(KUNGKAI, KUNGKAI, "/").status(), "handshakes work with keys the workers cannot read");
        assertFalse(Files.readString(dir.resolve("logs/error.log")).contains("cannot load certificate"));
    }

    @Test
    void accessLogHoldsNoQueryStringAndNoToken() throws Exception {
        List<String> visits = List.of(
                "/konfirmasi?token=SECRETconfirm1",
                "/atur-ulang-sandi?token=SECRETreset2",
                "/undangan?token=SECRETinvite3",
                "/akun/konfirmasi-email?token=SECRETemail4",
                "/konfirmasi/SECRETsegment5",
                "/Konfirmasi;jsessionid=SECRETparam6",
                "/%6bonfirmasi/SECRETencoded7",
                "/atur-ulang-sandi/SECRETsegment8?x=1",
                "/masuk?next=SECRETquery9");
        for (String visit : visits) {
            assertNotEquals(-1, get(KUNGKAI, KUNGKAI, visit).status(), visit);
        }
        assertNotEquals(
                -1,
                get(PLATFORM, PLATFORM, "/kungkai/konfirmasi?token=SECRETslug10")
                        .status());
        assertNotEquals(
                -1, get(PLATFORM, PLATFORM, "/persiapan?token=SECRETsetup11").status());
        assertEquals(
                301, plain(KUNGKAI, "/atur-ulang-sandi?token=SECRETplain12").status());

        Path accessLog = dir.resolve("logs/access.log");
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (!Files.readString(accessLog).contains("/persiapan")
                && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        String log = Files.readString(accessLog);
        assertTrue(
                log.contains("\"GET /kungkai/konfirmasi HTTP/1.1\" "), "the address stays, without its token:\n" + log);
        assertTrue(log.contains("\"GET /atur-ulang-sandi HTTP/1.1\" "), log);
        assertTrue(log.contains("\"GET /masuk HTTP/1.1\" "), log);
        for (String line : log.split("\n")) {
            assertFalse(line.contains("SECRET"), "a token in the access log: " + line);
            assertFalse(line.contains("?"), "a query string in the access log: " + line);
        }
        // Debian's http-level access_log (combined format, full request line) is not used by these hosts.
        Path debianLog = dir.resolve("logs/default-access.log");
        assertFalse(Files.exists(debianLog) && Files.readString(debianLog).contains("SECRET"), "Debian's log");
    }

    @Test
    void anUploadOverTheLimitGetsThePortalsPageAndOneWithinItReachesThePortal() throws Exception {
        long limit = id.portaldesa.media.UploadLimits.REQUEST_MAX_BYTES;
        // Over the limit: nginx answers from the headers, before the body, with the portal's page.
        Response tooLarge = post(KUNGKAI, "/kantor/profil", limit + 1024 * 1024, false);
        assertEquals(413, tooLarge.status(), tooLarge.toString());
        assertTrue(
                tooLarge.header("content-type").startsWith("text/html"),
                tooLarge.headers().toString());
        assertTrue(
                tooLarge.header("content-type").contains("utf-8"),
                tooLarge.headers().toString());
        assertTrue(tooLarge.body().contains("Berkas terlalu besar"), tooLarge.body());
        assertTrue(tooLarge.body().contains("File too large"), tooLarge.body());
        assertTrue(tooLarge.body().contains("64 MB") && tooLarge.body().contains("15 MB"), tooLarge.body());
        assertFalse(tooLarge.body().contains("<center>nginx</center>"), "not nginx's bare page");
        assertTrue(tooLarge.header("strict-transport-security").contains("max-age="));
        assertEquals(
                413, post(PLATFORM, "/kungkai/kantor/profil", limit + 1, false).status(), "on the platform host");
        // The page is nginx's own: not reachable as an address.
        assertEquals(
                404,
                get(KUNGKAI, KUNGKAI, "/.portal-desa/upload-too-large.html").status());

        // Within the limit, the whole body reaches the portal (which sends a visitor to log in first).
        Response within = post(KUNGKAI, "/kantor/profil", limit - 1024 * 1024, true);
        assertTrue(within.status() >= 300 && within.status() < 400, within.toString());
        assertTrue(
                within.header("location").contains("/masuk"), within.headers().toString());
    }

    /**
     * A multipart POST of {@code length} bytes over TLS; with {@code sendBody} false only the headers
     * go out (what nginx decides from), as a browser's request whose answer comes early.
     */
    static Response post(String host, String path, long length, boolean sendBody) throws IOException {
        try (Socket raw = new Socket()) {
            raw.connect(new InetSocketAddress("127.0.0.1", HTTPS_PORT), 5000);
            raw.setSoTimeout(60_000);
            SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(raw, host, HTTPS_PORT, true);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName(host)));
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            String boundary = "----portal-upload";
            byte[] head = ("--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"logo:file\"; filename=\"foto.jpg\"\r\n"
                            + "Content-Type: image/jpeg\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: multipart/form-data; boundary="
                                    + boundary + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            if (sendBody) {
                out.write(head);
                byte[] chunk = new byte[1024 * 1024];
                long left = length - head.length - tail.length;
                while (left > 0) {
                    int n = (int) Math.min(chunk.length, left);
                    out.write(chunk, 0, n);
                    left -= n;
                }
                out.write(tail);
            }
            out.flush();
            return exchange(socket);
        }
    }

    // --- setting up --------------------------------------------------------------------------

    static Path nginxBinary() {
        for (String candidate : List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    static Path mainConf() {
        return dir.resolve("conf/nginx.conf");
    }

    /** Debian's /etc/nginx/nginx.conf with its run-time paths in the test's directory. */
    static String mainConf(String debian) {
        String conf = debian.replaceAll("(?m)^pid\\s+[^;]+;", "pid " + dir.resolve("nginx.pid") + ";")
                .replace(
                        "/var/log/nginx/access.log",
                        dir.resolve("logs/default-access.log").toString())
                .replace("/var/log/nginx/", dir.resolve("logs") + "/")
                .replace("include /etc/nginx/conf.d/*.conf;", "")
                .replace("include /etc/nginx/sites-enabled/*;", "include " + dir.resolve("conf/sites-enabled") + "/*;");
        assertTrue(
                conf.contains(dir.resolve("conf/sites-enabled").toString()),
                "Debian's nginx.conf includes sites-enabled");
        return root ? conf : conf.replaceAll("(?m)^user\\s+[^;]+;", "");
    }

    /** A shipped file, with only the instance's addresses and directories changed. */
    static void install(String shipped, String target) throws IOException {
        String text = Files.readString(SHIPPED.resolve(shipped))
                .replaceAll("(?m)^(\\s*)listen \\[::\\]:(80|443)[^;]*;\\s*$", "")
                .replaceAll("(?m)^(\\s*)listen 443 ", "$1listen 127.0.0.1:" + HTTPS_PORT + " ")
                .replaceAll("(?m)^(\\s*)listen 80 ", "$1listen 127.0.0.1:" + HTTP_PORT + " ")
                .replace("server 127.0.0.1:8080;", "server 127.0.0.1:" + PORTAL_PORT + ";")
                .replace("/etc/letsencrypt/live/", dir.resolve("live") + "/")
                .replace("/etc/nginx/", dir.resolve("conf") + "/")
                .replace("/var/log/nginx/", dir.resolve("logs") + "/")
                .replace("/var/www/letsencrypt", dir.resolve("www").toString());
        Files.writeString(dir.resolve(target), text);
    }

    static Run portalDesaSite(String... names) {
        List<String> command = new ArrayList<>(
                List.of("bash", SHIPPED.resolve("portal-desa-site.sh").toString()));
        command.addAll(List.of(names));
        return run(
                command,
                Map.of(
                        "PORTAL_NGINX_SITES",
                                dir.resolve("conf/portal-desa/sites").toString(),
                        "PORTAL_NGINX_TEMPLATE",
                                dir.resolve("conf/portal-desa/site.conf.template")
                                        .toString(),
                        "PORTAL_CERT_DIR", dir.resolve("live").toString()));
    }

    /** A self-signed certificate where certbot would put it: key 0600, as certbot leaves it. */
    static void certificate(String name, String... aliases) throws IOException {
        Path live = Files.createDirectories(dir.resolve("live").resolve(name));
        StringBuilder san = new StringBuilder("subjectAltName=DNS:" + name);
        for (String alias : aliases) {
            san.append(",DNS:").append(alias);
        }
        Run made = run(List.of(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=" + name,
                "-addext",
                san.toString(),
                "-keyout",
                live.resolve("privkey.pem").toString(),
                "-out",
                live.resolve("fullchain.pem").toString()));
        assertEquals(0, made.exitCode(), made.output());
        Files.setPosixFilePermissions(live.resolve("privkey.pem"), PosixFilePermissions.fromString("rw-------"));
        if (root) {
            Files.setPosixFilePermissions(dir.resolve("live"), PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Trusts exactly the test's certificates, and checks each answer comes with the right one. */
    static SSLContext trusting(String... names) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        for (String name : names) {
            try (InputStream in =
                    Files.newInputStream(dir.resolve("live").resolve(name).resolve("fullchain.pem"))) {
                store.setCertificateEntry(name, x509.generateCertificate(in));
            }
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** Registers www.kungkai.localhost as Kungkai's secondary domain and waits until the portal knows it. */
    static void secondaryDomain() throws Exception {
        try (Connection c = DriverManager.getConnection(
                        env("PORTAL_DB_URL"), env("PORTAL_DB_USER"), env("PORTAL_DB_PASSWORD"));
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO village_domain (village_id, host, is_primary) SELECT id, '" + WWW
                    + "', FALSE FROM village WHERE slug = 'kungkai'");
        }
        // The village directory reads domains anew at most 30 s after a change made outside the app.
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (portal.get("/", "Host", WWW).statusCode() != 301) {
            assertTrue(Instant.now().isBefore(until), "the portal did not pick up the secondary domain");
            Thread.sleep(1000);
        }
    }

    static String env(String name) {
        return portalEnv.get(name);
    }

    static void awaitListening(int port) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException e) {
                if (!nginx.isAlive() || Instant.now().isAfter(until)) {
                    fail("nginx did not start:\n" + Files.readString(dir.resolve("nginx.out")) + "\n"
                            + (Files.exists(dir.resolve("logs/error.log"))
                                    ? Files.readString(dir.resolve("logs/error.log"))
                                    : ""));
                }
                Thread.sleep(200);
            }
        }
    }

    // --- a minimal HTTP/1.1 client that sends paths exactly as written ---------------------------

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /** GET over TLS to nginx on loopback, with {@code sni} in the handshake and {@code host} as Host. */
    static Response get(String sni, String host, String path, String... headers) throws IOException {
        try (Socket raw = new Socket()) {
            raw.connect(new InetSocketAddress("127.0.0.1", HTTPS_PORT), 5000);
            raw.setSoTimeout(30_000);
            SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(raw, sni, HTTPS_PORT, true);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName(sni)));
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return exchange(socket, host, path, headers);
        }
    }

    static Response plain(String host, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", HTTP_PORT), 5000);
            socket.setSoTimeout(30_000);
            return exchange(socket, host, path);
        }
    }

    static Response exchange(Socket socket, String host, String path, String... headers) throws IOException {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return exchange(socket);
    }

    /** The answer to a request already sent on this socket. */
    static Response exchange(Socket socket) throws IOException {
        byte[] all;
        try {
            all = socket.getInputStream().readAllBytes();
        } catch (SSLException | java.net.SocketException closed) {
            all = new byte[0];
        }
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Response(-1, Map.of(), text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> parsed = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            parsed.merge(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (parsed.getOrDefault("transfer-encoding", "").contains("chunked")) {
            body = unchunk(body);
        }
        if (parsed.getOrDefault("content-encoding", "").contains("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), parsed, new String(body, StandardCharsets.UTF_8));
    }

    static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    record Run(int exitCode, String output) {}

    static Run run(List<String> command) {
        return run(command, Map.of());
    }

    static Run run(List<String> command, Map<String, String> environment) {
        try {
            Path output = Files.createTempFile(dir, "run", ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("did not finish: " + command);
            }
            return new Run(process.exitValue(), Files.readString(output));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
