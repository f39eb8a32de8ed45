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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
        return launch(
                List.of("java"),
                List.of(
                        "-jar",
                        MICRO_JAR,
                        "--deploy",
                        new File(WAR).getAbsolutePath(),
                        "--contextroot",
                        "/",
                        "--nohazelcast",
                        "--port",
                        String.valueOf(port)),
                port,
                environment);
    }

    /**
     * The production way of deploy/README.md: the uber-jar with deploy/payara/preboot.asadmin baked
     * in, started with the options of the systemd unit's {@code ExecStart} (port changed), through
     * its launcher deploy/systemd/portal-java, which keeps its class archive in {@link
     * #CLASS_ARCHIVE} for the whole test run.
     */
    static PortalProcess startAsService(int port, Map<String, String> environment) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-jar", uberJar().toString()));
        arguments.addAll(serviceOptions(port));
        Map<String, String> withArchive = new HashMap<>(environment);
        withArchive.put("PORTAL_CLASS_ARCHIVE_DIR", CLASS_ARCHIVE.toString());
        return launch(List.of("sh", LAUNCHER.toString()), arguments, port, withArchive);
    }

    static final Path CLASS_ARCHIVE = Path.of("target/class-archive").toAbsolutePath();
    private static final Path LAUNCHER = Path.of("deploy/systemd/portal-java").toAbsolutePath();

    private static final String MICRO_JAR = System.getProperty("payara.microJar", "target/payara-micro.jar");
    private static final String WAR = System.getProperty("portal.war", "target/portal.war");
    private static Path uberJar;

    /** Built once per test run, with the commands of deploy/README.md section 3. */
    private static synchronized Path uberJar() throws IOException {
        if (uberJar == null) {
            Path dir = WorkDirs.create("uberjar-");
            Path war = Files.copy(Path.of(WAR), dir.resolve("ROOT.war"));
            Path jar = dir.resolve("portal.jar");
            Process build = new ProcessBuilder(
                            "java",
                            "-jar",
                            MICRO_JAR,
                            "--deploy",
                            war.toString(),
                            "--prebootcommandfile",
                            "deploy/payara/preboot.asadmin",
                            "--outputUberJar",
                            jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("build.log").toFile())
                    .start();
            try {
                if (build.waitFor() != 0 || !Files.exists(jar)) {
                    throw new AssertionError("uber-jar not built:\n" + Files.readString(dir.resolve("build.log")));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            uberJar = jar;
        }
        return uberJar;
    }

    /** The Payara Micro options of the unit's ExecStart line, after the jar, with the port replaced. */
    static List<String> serviceOptions(int port) throws IOException {
        String execStart = Files.readAllLines(Path.of("deploy/systemd/portal-desa.service")).stream()
                .filter(line -> line.startsWith("ExecStart="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ExecStart in the systemd unit"));
        List<String> words = List.of(execStart.split("\\s+"));
        List<String> options = new ArrayList<>(words.subList(words.indexOf("-jar") + 2, words.size()));
        int portAt = options.indexOf("--port");
        if (portAt < 0) {
            throw new AssertionError("the unit names no --port: " + execStart);
        }
        options.set(portAt + 1, String.valueOf(port));
        return options;
    }

    private static PortalProcess launch(
            List<String> java, List<String> arguments, int port, Map<String, String> environment) throws IOException {
        Path workDir = WorkDirs.create("portal-run-");
        List<String> command = new ArrayList<>(java);
        command.add("-Xmx512m");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
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

    /** A GET with extra headers as name, value pairs; redirects are not followed. */
    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    int status(String path) {
        try {
            return get(path).statusCode();
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
