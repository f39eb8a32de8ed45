package id.portaldesa.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Working folders of the integration tests (portal runs, browser profiles, backups) live under
 * {@code target/it-work}, so they never pile up in /tmp and {@code mvn clean} removes them.
 */
public final class WorkDirs {

    static final Path ROOT = Path.of("target", "it-work");

    private WorkDirs() {}

    public static Path create(String prefix) {
        try {
            return Files.createTempDirectory(Files.createDirectories(ROOT), prefix)
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
