import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The first visit of a page as a phone pays for it: headless Chromium (Debian's, through Selenium)
 * at 390x844 with an empty cache opens each address given and prints the bytes the page and every
 * resource it loaded took on the wire (compressed, headers included, from the browser's resource
 * timing), with the number of resources and of scripts.
 *
 * <p>Run by home-page.sh as a single-file program on the test classpath:
 * {@code java -cp <test classpath> src/bench/FirstVisitWeight.java URL...}
 */
public class FirstVisitWeight {

    public static void main(String[] urls) throws Exception {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        for (String url : urls) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-dev-shm-usage",
                    "--window-size=390,844",
                    // a new profile for each page: nothing cached from the page before
                    "--user-data-dir=" + Files.createTempDirectory("bench-chromium-"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                    .build();
            ChromeDriver browser = new ChromeDriver(service, options);
            try {
                browser.get(url);
                new WebDriverWait(browser, Duration.ofSeconds(30))
                        .until(d -> "complete".equals(browser.executeScript("return document.readyState")));
                // lazy pictures below the fold are not part of the first visit; give those in view time to arrive
                Thread.sleep(1000);
                Object[] figures = ((java.util.List<?>) browser.executeScript(
                                "const nav = performance.getEntriesByType('navigation')[0];"
                                        + "const res = performance.getEntriesByType('resource');"
                                        + "return [nav.transferSize + res.reduce((s, r) => s + r.transferSize, 0),"
                                        + " res.length, document.scripts.length];"))
                        .toArray();
                System.out.printf("%s %s bytes, %s resources, %s scripts%n", url, figures[0], figures[1], figures[2]);
            } finally {
                browser.quit();
            }
        }
    }
}
