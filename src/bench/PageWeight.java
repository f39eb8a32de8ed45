import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * First-visit weight of pages as a phone pays for them: each address opened in a fresh headless
 * Chromium (empty cache) at 390x844, after it has loaded and scrolled nothing, the bytes the page
 * and every resource it loaded took on the wire (compressed, headers included, from the browser's
 * resource timing, like the tests' PageChecks.transferredBytes).
 *
 * <p>Run with the test classpath (Selenium): {@code java -cp <classpath> src/bench/PageWeight.java URL...}
 */
public class PageWeight {

    public static void main(String[] args) throws Exception {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        for (String url : args) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
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
                    "--window-size=390,844",
                    "--user-data-dir=" + Files.createTempDirectory("page-weight-"));
            ChromeDriver browser = new ChromeDriver(
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                            .build(),
                    options);
            try {
                browser.get(url);
                new WebDriverWait(browser, Duration.ofSeconds(30))
                        .until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
                Thread.sleep(500); // lazy pictures in the first screen start after load
                @SuppressWarnings("unchecked")
                Map<String, Number> w = (Map<String, Number>) browser.executeScript(
                        "const nav = performance.getEntriesByType('navigation')[0];"
                                + "const res = performance.getEntriesByType('resource');"
                                + "return {total: nav.transferSize + res.reduce((s, r) => s + r.transferSize, 0),"
                                + " html: nav.transferSize, resources: res.length,"
                                + " images: res.filter(r => r.initiatorType === 'img').reduce((s, r) => s + r.transferSize, 0)};");
                System.out.printf(
                        "%-60s first visit %7d B (HTML %d B, %d resources, pictures %d B)%n",
                        url,
                        w.get("total").longValue(),
                        w.get("html").longValue(),
                        w.get("resources").intValue(),
                        w.get("images").longValue());
            } finally {
                browser.quit();
            }
        }
    }
}
