package id.portaldesa.it.web;

import id.portaldesa.it.WorkDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by Selenium, offline. Outside CI the browser tests are skipped when
 * Chromium is not installed; in CI ({@code CI=true}) a missing browser fails the run.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("portal.screenshots", "target/screenshots"));

    private Browser() {}

    static ChromeDriver open() {
        return open(options -> {});
    }

    /** A browser with further options, e.g. the logs it keeps. */
    static ChromeDriver open(Consumer<ChromeOptions> more) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed, "Chromium not installed: apt-get install chromium chromium-driver");
        }
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1200,900",
                "--user-data-dir=" + WorkDirs.create("chromium-"));
        more.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // Each browser is a visitor of its own, as each Http client is: behind the trusted local
        // proxy with a fresh address, so the suite's many browser logins do not add up to the
        // per-address login limit of 127.0.0.1 (a late test's login was refused in the full suite).
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand(
                "Network.setExtraHTTPHeaders",
                java.util.Map.of("headers", java.util.Map.of("X-Forwarded-For", Http.freshAddress())));
        return driver;
    }

    static void screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void close(ChromeDriver driver) {
        if (driver != null) {
            driver.quit();
        }
    }
}
