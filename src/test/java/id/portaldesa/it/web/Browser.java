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
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

    /** Types into the field with this id what a person would, replacing what it held. */
    static void type(ChromeDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks and waits until the browser has left the page: a click on a submit button may return
     * before the answer to the post has replaced the page, and whatever is read then is the old page.
     */
    static void click(ChromeDriver driver, By what) {
        WebElement element = driver.findElement(what);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isGone(element));
    }

    /** Fills the login form on the page shown and submits it. */
    static void logIn(ChromeDriver driver, String email, String password) {
        type(driver, "login:email", email);
        type(driver, "login:password", password);
        click(driver, By.id("login:submit"));
    }

    /** The visible text of the page, read again if the page was still being replaced. */
    static String text(ChromeDriver driver) {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (WebDriverException e) {
                if (!isPageSwap(e) || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /**
     * Whether the element's page has been replaced. While Chromium swaps documents it may answer
     * "does not belong to the document" instead of a stale-element error; both mean the page is gone.
     */
    static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            if (isPageSwap(e)) {
                return true;
            }
            throw e;
        }
    }

    static boolean isPageSwap(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
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
