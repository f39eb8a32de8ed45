package id.portaldesa.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/systemd/portal-java, the systemd unit's java: a run writes the class archive when it
 * stops cleanly, the next run maps it, and a new jar or new options get a new archive instead of
 * one the JVM would refuse. Runs a one-class jar; ProductionStartIT runs the real portal through it.
 */
class ClassArchiveLauncherTest {

    static final Path LAUNCHER = Path.of("deploy/systemd/portal-java");

    @TempDir
    Path work;

    Path jar;
    Path archiveDir;

    @BeforeEach
    void probeJar() throws IOException {
        jar = work.resolve("probe.jar");
        archiveDir = work.resolve("class-archive");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ArchiveProbe.class.getName());
        String entry = ArchiveProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.putNextEntry(new JarEntry(entry));
            jarOut.write(ArchiveProbe.class
                    .getClassLoader()
                    .getResourceAsStream(entry)
                    .readAllBytes());
        }
    }

    @Test
    void theRunAfterACleanStopMapsTheArchiveOfTheOneBefore() throws Exception {
        assertEquals("NOT MAPPED", run("-Xmx64m", "0"));
        assertTrue(Files.size(archive()) > 0, "written at the first run's exit");
        assertEquals("MAPPED", run("-Xmx64m", "0"));
        assertEquals("MAPPED", run("-Xmx64m", "0"));
    }

    @Test
    void aNewJarOrNewOptionsGetANewArchive() throws Exception {
        run("-Xmx64m", "0");
        assertEquals("MAPPED", run("-Xmx64m", "0"));

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals("NOT MAPPED", run("-Xmx64m", "0"), "an upgraded jar");
        assertEquals("MAPPED", run("-Xmx64m", "0"), "the archive written for the new jar");

        assertEquals("NOT MAPPED", run("-Xmx80m", "0"), "other JVM options");
        assertEquals("MAPPED", run("-Xmx80m", "0"));
    }

    @Test
    void aRunThatFailsLeavesNoArchiveBehind() throws Exception {
        assertEquals("NOT MAPPED", run("-Xmx64m", "3"));
        assertFalse(Files.exists(archive()), "a failed run's archive is not trusted");
        assertEquals("NOT MAPPED", run("-Xmx64m", "0"));
    }

    @Test
    void aServiceStoppedBySigtermWritesTheArchiveAndExitsAs143() throws Exception {
        Process service = start("-Xmx64m", "wait");
        assertEquals("NOT MAPPED", new String(service.getInputStream().readNBytes(10)).trim());
        service.destroy(); // SIGTERM to the launcher, as systemd sends it
        assertTrue(service.waitFor(60, TimeUnit.SECONDS));
        assertEquals(143, service.exitValue(), "the unit's SuccessExitStatus");
        assertTrue(Files.size(archive()) > 0);
        assertEquals("MAPPED", run("-Xmx64m", "0"));
    }

    @Test
    void anArchiveDirectoryItCannotWriteStillStartsTheJvmWithoutAnArchive() throws Exception {
        // What a read-only or root-owned class-archive directory does to the launcher's bookkeeping
        // (a directory where the stamp goes fails to be written even for root, who runs this test).
        Files.createDirectories(archiveDir.resolve("classes.stamp"));
        String out = run("-Xmx64m", "0");
        assertTrue(out.endsWith("NOT MAPPED"), "the portal starts, only without the archive: " + out);
        assertTrue(out.contains("starting without a class archive"), "and says why in the journal: " + out);
        assertFalse(Files.exists(archive()));
    }

    @Test
    void optionsThatTurnClassSharingOffStartTheJvmAsTheyAre() throws Exception {
        // With -Xshare:off, -XX:ArchiveClassesAtExit stops the JVM before it starts ("DynamicDumpSharedSpaces
        // is unsupported when base CDS archive is not loaded"): the portal would never start again.
        assertEquals("NOT MAPPED", run("-Xshare:off", "0"));
        assertEquals("NOT MAPPED", run("-Xshare:off", "0"));
        assertFalse(Files.exists(archive()));
    }

    private Path archive() {
        return archiveDir.resolve("classes.jsa");
    }

    /** Runs the probe through the launcher; answers what it printed. */
    private String run(String heap, String exitCode) throws Exception {
        Process process = start(heap, exitCode);
        String out = new String(process.getInputStream().readAllBytes()).trim();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(Integer.parseInt(exitCode), process.exitValue(), out);
        return out;
    }

    private Process start(String heap, String exitCode) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString(), heap, "-jar", jar.toString()));
        command.add(archive().toString());
        command.add(exitCode);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PORTAL_CLASS_ARCHIVE_DIR", archiveDir.toString());
        return builder.start();
    }
}
