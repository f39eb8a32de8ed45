package id.portaldesa.it.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What issue 7 asks of every public page, checked in Chromium: axe-core finds no serious or critical
 * accessibility fault, nothing scrolls sideways, and the first visit weighs what the budget allows.
 */
final class PageChecks {

    /** axe-core from the npm registry (MPL-2.0), the version issue 7 names; installed once under target/. */
    static final String AXE_VERSION = "4.14.1";

    static final Path AXE_HOME = Path.of("target", "npm-axe");
    static final Path AXE_SCRIPT = AXE_HOME.resolve("node_modules/axe-core/axe.min.js");

    private static String axe;

    private PageChecks() {}

    /**
     * The axe-core script, installed with npm on first use (the registry is the only place it comes
     * from). Without npm the check is skipped outside CI and fails in CI, like the browser itself.
     */
    static synchronized String axeSource() {
        if (axe == null) {
            try {
                if (!Files.exists(AXE_SCRIPT)) {
                    Files.createDirectories(AXE_HOME);
                    Process npm = new ProcessBuilder(
                                    "npm",
                                    "install",
                                    "--no-save",
                                    "--no-audit",
                                    "--no-fund",
                                    "--prefix",
                                    AXE_HOME.toString(),
                                    "axe-core@" + AXE_VERSION)
                            .redirectErrorStream(true)
                            .start();
                    String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    if (npm.waitFor() != 0 || !Files.exists(AXE_SCRIPT)) {
                        throw new IOException("npm install axe-core failed: " + output);
                    }
                }
                axe = Files.readString(AXE_SCRIPT);
            } catch (IOException e) {
                if (!"true".equals(System.getenv("CI"))) {
                    Assumptions.assumeTrue(false, "axe-core unavailable (npm): " + e.getMessage());
                }
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return axe;
    }

    /**
     * The serious and critical violations axe-core finds on the page, one line each ({@code rule: nodes});
     * injected through DevTools, which the pages' CSP does not govern.
     */
    static String axeViolations(ChromeDriver browser) {
        browser.executeScript(axeSource());
        Object result = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')).join('\\n')))"
                + ".catch(e => done('axe failed: ' + e));");
        return String.valueOf(result);
    }

    /** How far the page scrolls sideways, in CSS pixels (0: it fits). */
    static long overflow(ChromeDriver browser) {
        return (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /**
     * The bytes the page and every resource it loaded took on the wire (compressed, headers
     * included), from the browser's own resource timing.
     */
    static long transferredBytes(ChromeDriver browser) {
        Object bytes = browser.executeScript("const nav = performance.getEntriesByType('navigation')[0];"
                + "return nav.transferSize + performance.getEntriesByType('resource')"
                + ".reduce((sum, r) => sum + r.transferSize, 0);");
        return ((Number) bytes).longValue();
    }

    /** Waits until every picture the page loads at once has arrived, so its weight counts. */
    static void awaitLoaded(ChromeDriver browser) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }
}
