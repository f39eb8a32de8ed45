package id.portaldesa.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's zero-install run: the packaged WAR on Payara Micro with no configuration at all
 * starts on the embedded H2 database with the demo villages, in a fresh working directory.
 */
class EmbeddedDemoSmokeIT {

    static final int PORT = 18090;
    static final String BASE = "http://127.0.0.1:" + PORT;
    static Process portal;
    static Path workDir;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        workDir = Files.createTempDirectory("portal-demo");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-jar",
                        System.getProperty("payara.microJar", "target/payara-micro.jar"), "--deploy",
                        new File(System.getProperty("portal.war", "target/portal.war")).getAbsolutePath(),
                        "--contextroot", "/", "--nohazelcast", "--port", String.valueOf(PORT))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("payara.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTAL_"));
        portal = builder.start();
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until) && portal.isAlive()) {
            if (status("/health/ready", null) == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Embedded portal did not become ready:\n" + Files.readString(workDir.resolve("payara.log")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (portal != null) {
            portal.destroy();
            portal.waitFor();
        }
    }

    static HttpResponse<String> get(String path, String host) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
        if (host != null) {
            request.header("Host", host);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static int status(String path, String host) {
        try {
            return get(path, host).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Test
    void directoryListsTheThreeDemoVillages() throws Exception {
        String body = get("/", null).body();
        assertTrue(body.contains("Kungkai") && body.contains("Sungai Kapas") && body.contains("Tambang Emas"), body);
    }

    @Test
    void kungkaiAnswersByPathAndByItsDomain() throws Exception {
        String byPath = get("/kungkai/", null).body();
        assertTrue(byPath.contains("Selamat datang di Kungkai"), byPath);
        String byHost = get("/", "kungkai.localhost").body();
        assertTrue(byHost.contains("Selamat datang di Kungkai"), byHost);
    }

    @Test
    void healthReportsTheEmbeddedDatabase() throws Exception {
        HttpResponse<String> ready = get("/health/ready", null);
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("H2"), ready.body());
        assertEquals(200, get("/health/live", null).statusCode());
    }

    @Test
    void demoModeKeepsItsDataAndGeneratedKeyInTheWorkingDirectory() {
        assertTrue(Files.exists(workDir.resolve("data/data-key.txt")));
        assertTrue(Files.exists(workDir.resolve("data/portal.mv.db")));
    }
}
