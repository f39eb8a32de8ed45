package id.portaldesa.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The packaged WAR on its own Payara Micro, started the way an operator would: in a fresh working
 * directory, configured only through {@code PORTAL_*} environment variables.
 */
final class PortalProcess implements AutoCloseable {

    final int port;
    final Path workDir;
    private final Process process;

    private PortalProcess(int port, Path workDir, Process process) {
        this.port = port;
        this.workDir = workDir;
        this.process = process;
    }

    static PortalProcess start(int port, Map<String, String> environment) throws IOException {
        Path workDir = Files.createTempDirectory("portal-run");
        ProcessBuilder builder = new ProcessBuilder(
                        "java",
                        "-Xmx512m",
                        "-jar",
                        System.getProperty("payara.microJar", "target/payara-micro.jar"),
                        "--deploy",
                        new File(System.getProperty("portal.war", "target/portal.war")).getAbsolutePath(),
                        "--contextroot",
                        "/",
                        "--nohazelcast",
                        "--port",
                        String.valueOf(port))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("payara.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTAL_"));
        builder.environment().putAll(environment);
        return new PortalProcess(port, workDir, builder.start());
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until Payara has finished starting, whether the application deployed or not. */
    PortalProcess awaitStarted() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until) && process.isAlive()) {
            if (log().contains("Payara Micro URLs") || log().contains("ready in")) {
                return this;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Payara Micro did not start:\n" + log());
    }

    /** Waits until the portal reports itself ready, database included. */
    PortalProcess awaitReady() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until) && process.isAlive()) {
            if (status("/health/ready") == 200) {
                return this;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Portal did not become ready:\n" + log());
    }

    HttpResponse<String> get(String path, String host) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (host != null) {
            request.header("Host", host);
        }
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    int status(String path) {
        try {
            return get(path, null).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String log() {
        try {
            return Files.readString(workDir.resolve("payara.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
