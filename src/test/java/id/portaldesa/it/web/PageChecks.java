package id.portaldesa.it.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every public page must pass, checked with the tools the issue names: axe-core (injected into
 * Chromium, serious and critical violations only), the Nu Html Checker (vnu.jar, errors only) and
 * horizontal scrolling at 360 px. The tools come from the npm registry ({@code axe-core},
 * {@code vnu-jar}); {@code .ci/run} installs them into {@link #TOOLS}. Outside CI the checks are
 * skipped when they are missing; with {@code CI=true} a missing tool fails.
 */
final class PageChecks {

    /** Where .ci/run installs the npm packages: {@code npm install --prefix <this> axe-core vnu-jar}. */
    static final Path TOOLS = Path.of(System.getenv()
            .getOrDefault("PORTAL_TEST_TOOLS", System.getProperty("user.home") + "/.cache/portal-desa-tests"));

    static final Path AXE = TOOLS.resolve("node_modules/axe-core/axe.min.js");
    static final Path VNU = TOOLS.resolve("node_modules/vnu-jar/build/dist/vnu.jar");

    private PageChecks() {}

    private static void requireTool(Path tool) {
        boolean present = Files.isRegularFile(tool);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(
                    present, "missing " + tool + ": npm install --prefix " + TOOLS + " axe-core vnu-jar");
        }
        if (!present) {
            throw new AssertionError("missing " + tool + " (.ci/run installs it)");
        }
    }

    /** The serious and critical axe-core violations of the page the browser shows, one line each. */
    static List<String> axeViolations(ChromeDriver driver) {
        requireTool(AXE);
        String axe;
        try {
            axe = Files.readString(AXE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // DevTools evaluation, not a <script> element: the pages' CSP would (rightly) refuse that.
        driver.executeScript(axe);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.filter("
                + "v => v.impact === 'serious' || v.impact === 'critical').map("
                + "v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        List<String> violations = new ArrayList<>();
        if (result instanceof List<?> list) {
            list.forEach(v -> violations.add(String.valueOf(v)));
        }
        return violations;
    }

    private static final Pattern LINE = Pattern.compile("\"lastLine\":(\\d+)");
    private static final Pattern MESSAGE = Pattern.compile("\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The Nu Html Checker's errors in a page's HTML as served, one line each. */
    static List<String> htmlErrors(String html) {
        requireTool(VNU);
        try {
            Path page = Files.createTempFile("page-", ".html");
            Files.writeString(page, html, StandardCharsets.UTF_8);
            Process vnu = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xss8m",
                            "-jar",
                            VNU.toString(),
                            "--format",
                            "json",
                            "--stdout",
                            page.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!vnu.waitFor(120, TimeUnit.SECONDS)) {
                vnu.destroyForcibly();
                throw new AssertionError("vnu.jar did not finish");
            }
            Files.deleteIfExists(page);
            List<String> errors = new ArrayList<>();
            // One JSON object per message; only errors count ("info" and warnings are advice).
            for (String message : out.split("\\{\"type\":\"")) {
                if (message.startsWith("error\"")) {
                    Matcher line = LINE.matcher(message);
                    Matcher text = MESSAGE.matcher(message);
                    errors.add("line " + (line.find() ? line.group(1) : "?") + ": "
                            + (text.find() ? text.group(1) : message));
                }
            }
            if (!out.contains("\"messages\"")) {
                throw new AssertionError("vnu.jar answered no report: " + out);
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Whether the page, shown 360 px wide, scrolls sideways (wider content than the screen). */
    static boolean scrollsSidewaysAt360(ChromeDriver driver) {
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(360, 800));
            Object widths = driver.executeScript(
                    "return {content: document.documentElement.scrollWidth, view: document.documentElement.clientWidth};");
            @SuppressWarnings("unchecked")
            Map<String, Number> w = (Map<String, Number>) widths;
            return w.get("content").intValue() > w.get("view").intValue();
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /**
     * Every check a public page must pass, for one address: it answers 200, the Nu Html Checker finds
     * no error in the HTML as served, and shown in the browser axe-core finds no serious or critical
     * fault and nothing scrolls sideways at 360 px. One line a failure, naming the address.
     */
    static List<String> failures(ChromeDriver driver, String path) {
        List<String> failures = new ArrayList<>();
        Http.Page served = new Http().get(path);
        if (served.status() != 200) {
            return List.of(path + " answered " + served.status());
        }
        htmlErrors(served.body()).forEach(e -> failures.add(path + " html " + e));
        driver.get(Http.BASE + path);
        awaitLoaded(driver);
        axeViolations(driver).forEach(v -> failures.add(path + " axe " + v));
        if (scrollsSidewaysAt360(driver)) {
            failures.add(path + " scrolls sideways at 360 px");
        }
        return failures;
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
