package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.portaldesa.account.PermissionTable;
import id.portaldesa.account.Position;
import id.portaldesa.account.Role;
import id.portaldesa.it.container.BackOfficePagesServlet;
import id.portaldesa.it.container.Fixtures;
import id.portaldesa.shared.security.Permission;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every back-office page, as the running portal lists them from the features' route sources (so a
 * new page is covered without touching this test), opened in Chromium by someone allowed to open it
 * (one browser, one login per role): its Content-Security-Policy allows no inline script, no eval and
 * no inline style but what carries the response's own nonce; the browser reports no violation while
 * the page loads and while its PrimeFaces widgets are used (Ajax paging, sorting, rows per page,
 * search box, select menu with Ajax, autocomplete, Ajax button, closable messages, file upload
 * form); and a script or style injected without the nonce is refused, which shows the policy is in
 * force and the violation recorder hears it.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BackOfficeCspIT {

    static final String PLATFORM_ADMIN = "admin@portaldesa.test";
    static final String PLATFORM_PASSWORD = "demo-desa-2026";

    /**
     * Installed before any script of each page runs (DevTools, outside the page's policy): every CSP
     * violation and script error of the tab, kept in sessionStorage so a full page change keeps them;
     * and the status of each Ajax answer of the page, to wait for them.
     */
    static final String RECORDER = "(() => {"
            + "const keep = (e) => { const all = JSON.parse(sessionStorage.getItem('pd-csp') || '[]');"
            + " all.push(e); sessionStorage.setItem('pd-csp', JSON.stringify(all)); };"
            + "document.addEventListener('securitypolicyviolation', (e) => keep({page: location.pathname,"
            + " directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber,"
            + " sample: e.sample}), true);"
            + "window.addEventListener('error', (e) => keep({page: location.pathname, error: String(e.message),"
            + " source: e.filename, line: e.lineno}));"
            + "window.pdXhr = []; const send = XMLHttpRequest.prototype.send;"
            + "XMLHttpRequest.prototype.send = function() {"
            + " this.addEventListener('loadend', () => window.pdXhr.push(this.status)); return send.apply(this, arguments); };"
            + "})();";

    /** Who opens a page: the fixtures a test has. */
    enum Who {
        PLATFORM_ADMIN,
        VILLAGE_ADMIN,
        SECRETARY
    }

    /** A back-office page as the portal declares it. */
    record Page(String address, String viewId, boolean village, boolean platform, String permission) {}

    /** What is done on a page beyond opening it: its widgets, used as staff use them. */
    interface Exercise {
        void run(BackOfficeCspIT test, TestVillages.Village village) throws Exception;
    }

    /** The widgets of each page that has some; every page here must still exist. */
    static final Map<String, Exercise> EXERCISES = Map.of(
            "/platform/village/villages.xhtml", BackOfficeCspIT::villageList,
            "/platform/village/admins.xhtml", BackOfficeCspIT::adminsUpload,
            "/platform/account/regency.xhtml", BackOfficeCspIT::regionAutocomplete,
            "/office/account/staff.xhtml", BackOfficeCspIT::staffInvitation,
            "/office/account/audit.xhtml", BackOfficeCspIT::auditFilters,
            "/office/account/residents.xhtml", BackOfficeCspIT::residentOpens,
            "/office/site/profile.xhtml", BackOfficeCspIT::profileUploadForm);

    ChromeDriver browser;
    WebDriverWait wait;
    final Set<String> noncesSeen = new HashSet<>();
    final Set<String> exercised = new TreeSet<>();
    boolean consoleReadable = true;

    @AfterEach
    void close() {
        Browser.close(browser);
    }

    @Test
    void everyBackOfficePageRunsWithoutInlineScriptOrEvalAndItsWidgetsStillWork() throws Exception {
        List<Page> pages = backOfficePages();
        assertTrue(pages.size() >= 9, "the portal lists its back-office pages: " + pages);
        Map<Who, List<Page>> byWho = new LinkedHashMap<>();
        for (Page page : pages) {
            byWho.computeIfAbsent(whoMayOpen(page), w -> new ArrayList<>()).add(page);
        }
        TestVillages.Village village = TestVillages.create();
        browser = Browser.open(options -> {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        });
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);

        for (Map.Entry<Who, List<Page>> group : byWho.entrySet()) {
            logIn(group.getKey(), village);
            for (Page page : group.getValue()) {
                visit(page, village);
            }
            click(By.id("logout:go"));
        }
        assertEquals(new TreeSet<>(EXERCISES.keySet()), exercised, "every page with widgets to try was opened");
        System.out.println(
                "CSP pages checked: " + pages.size() + " " + byWho.keySet() + "; console log read: " + consoleReadable);
    }

    // --- the pages and who opens them ---

    /** Every route the portal serves whose page is back office, or whose address says it is. */
    static List<Page> backOfficePages() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Http.BASE + BackOfficePagesServlet.PATH))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), answer.body());
        List<Page> pages = new ArrayList<>();
        List<?> routes = new Json().toType(answer.body(), List.class);
        for (Object item : routes) {
            Map<?, ?> route = (Map<?, ?>) item;
            String address = (String) route.get("address");
            boolean backOffice = Boolean.TRUE.equals(route.get("backOffice"));
            boolean byAddress = address.equals("/kantor")
                    || address.startsWith("/kantor/")
                    || address.startsWith("/platform/")
                    || address.startsWith("/wilayah");
            if (!backOffice && !byAddress) {
                continue;
            }
            if (address.contains("{")) {
                fail("Back-office page " + address + " takes a path parameter: give this test a value for it");
            }
            pages.add(new Page(
                    address,
                    (String) route.get("viewId"),
                    Boolean.TRUE.equals(route.get("village")),
                    Boolean.TRUE.equals(route.get("platform")),
                    (String) route.get("permission")));
        }
        return pages;
    }

    /** The first fixture allowed to open the page (by the permission table the portal uses). */
    static Who whoMayOpen(Page page) {
        Permission needed = page.permission().isEmpty() ? null : Permission.valueOf(page.permission());
        if (page.village()) {
            if (needed == null || PermissionTable.of(Role.VILLAGE_ADMIN, null).contains(needed)) {
                return Who.VILLAGE_ADMIN;
            }
            if (PermissionTable.of(Role.OFFICIAL, Position.SECRETARY).contains(needed)) {
                return Who.SECRETARY;
            }
        } else if (needed == null || PermissionTable.ofPlatformAdmin().contains(needed)) {
            return Who.PLATFORM_ADMIN;
        }
        throw new AssertionError("No fixture of this test may open " + page + ": add one that may");
    }

    void logIn(Who who, TestVillages.Village village) {
        String prefix = who == Who.PLATFORM_ADMIN ? "" : village.prefix();
        browser.get(Http.BASE + prefix + "/masuk");
        type(
                "login:email",
                switch (who) {
                    case PLATFORM_ADMIN -> PLATFORM_ADMIN;
                    case VILLAGE_ADMIN -> village.adminEmail();
                    case SECRETARY -> village.officialEmail();
                });
        type("login:password", who == Who.PLATFORM_ADMIN ? PLATFORM_PASSWORD : village.password());
        click(By.id("login:submit"));
        assertTrue(
                browser.findElements(By.cssSelector("body.office")).size() == 1,
                who + " reaches the back office: " + browser.getCurrentUrl());
    }

    // --- one page ---

    void visit(Page page, TestVillages.Village village) throws Exception {
        String path = (page.village() ? village.prefix() : "") + page.address();
        browser.get(Http.BASE + path);
        assertEquals(
                1,
                browser.findElements(By.cssSelector("body.office")).size(),
                path + " opens in the back office layout: " + text());
        assertNoViolations(path + " while loading");
        String nonce = documentNonce(path);
        checkAFreshAnswer(path, nonce);
        checkPolicyIsInForce(path);
        Exercise exercise = EXERCISES.get(page.viewId());
        if (exercise != null) {
            try {
                exercise.run(this, village);
            } catch (Exception | AssertionError e) {
                Browser.screenshot(browser, "csp-" + page.address().replace('/', '-'));
                throw new AssertionError(
                        path + ": its widgets failed; the browser heard " + violations() + " " + consoleAll()
                                + "; Ajax answers " + browser.executeScript("return window.pdXhr;")
                                + "\nits scripts:\n"
                                + browser.executeScript(
                                        "return Array.from(document.querySelectorAll("
                                                + "'script:not([src])')).map(s => s.textContent.slice(0, 600)).join('\\n--\\n');"),
                        e);
            }
            exercised.add(page.viewId());
            assertNoViolations(path + " while its widgets were used");
        }
    }

    /** The one nonce every inline script and style element of the open page carries. */
    String documentNonce(String path) {
        @SuppressWarnings("unchecked")
        List<String> nonces = (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll(" + "'script:not([src]), style')).map(e => e.nonce);");
        assertFalse(nonces.isEmpty(), path + " has PrimeFaces' inline scripts");
        Set<String> distinct = new HashSet<>(nonces);
        assertEquals(1, distinct.size(), path + ": one nonce on every script: " + nonces);
        String nonce = distinct.iterator().next();
        assertFalse(nonce.isEmpty(), path + ": every inline script has a nonce");
        return nonce;
    }

    /**
     * The same page fetched again in this session: its header names a new nonce (per answer, not per
     * session or view), 16 random bytes or more, and allows neither inline code nor eval; every inline
     * script and style of that answer carries exactly that nonce; no inline handler is left.
     */
    void checkAFreshAnswer(String path, String documentNonce) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer =
                (Map<String, Object>) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(location.href, {credentials: 'same-origin'})"
                        + ".then(r => r.text().then(t => done({status: r.status,"
                        + " csp: r.headers.get('content-security-policy') || '', body: t})))"
                        + ".catch(e => done({status: -1, csp: '', body: String(e)}));");
        assertEquals(200L, answer.get("status"), path + ": " + answer.get("body"));
        String csp = (String) answer.get("csp");
        Map<String, List<String>> policy = parse(csp);
        for (String directive : List.of("script-src", "style-src", "default-src")) {
            List<String> sources = policy.get(directive);
            assertTrue(sources != null, path + " sets " + directive + ": " + csp);
            for (String forbidden : List.of("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:")) {
                assertFalse(sources.contains(forbidden), path + ": " + directive + " allows " + forbidden + ": " + csp);
            }
        }
        assertFalse(policy.containsKey("script-src-elem") || policy.containsKey("script-src-attr"), csp);
        assertFalse(policy.containsKey("style-src-elem") || policy.containsKey("style-src-attr"), csp);
        List<String> nonces = policy.get("script-src").stream()
                .filter(s -> s.startsWith("'nonce-"))
                .map(s -> s.substring(7, s.length() - 1))
                .toList();
        assertEquals(1, nonces.size(), path + ": one nonce: " + csp);
        String nonce = nonces.get(0);
        assertTrue(policy.get("style-src").contains("'nonce-" + nonce + "'"), csp);
        assertTrue(Base64.getDecoder().decode(nonce).length >= 16, path + ": a nonce of 128 bits or more: " + nonce);
        assertNotEquals(documentNonce, nonce, path + ": each answer has its own nonce");
        assertTrue(noncesSeen.add(nonce) && noncesSeen.add(documentNonce), path + ": a nonce seen before: " + nonce);

        Document page = Jsoup.parse((String) answer.get("body"));
        int inline = 0;
        for (Element element : page.select("script, style")) {
            if (element.hasAttr("src")) {
                continue;
            }
            inline++;
            assertEquals(nonce, element.attr("nonce"), path + ": the header's nonce on " + element.outerHtml());
        }
        assertTrue(inline > 0, path + ": PrimeFaces' scripts are in the answer");
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(
                        attribute.getKey().toLowerCase().startsWith("on"),
                        path + ": an inline handler is left: " + element.outerHtml());
                assertFalse(
                        attribute.getValue().trim().toLowerCase().startsWith("javascript:"),
                        path + ": a javascript: address is left: " + element.outerHtml());
                assertFalse(attribute.getKey().equalsIgnoreCase("style"), path + ": inline style on " + element);
            }
        }
    }

    /** A script and a style added without the nonce are refused, and the recorder reports both. */
    void checkPolicyIsInForce(String path) {
        int before = violations().size();
        browser.executeScript("const s = document.createElement('script'); s.textContent = 'window.pdInjected = true;';"
                + "document.head.appendChild(s);"
                + "const c = document.createElement('style'); c.textContent = 'body{outline:3px solid red}';"
                + "document.head.appendChild(c);");
        wait.until(d -> violations().size() >= before + 2);
        assertNull(browser.executeScript("return window.pdInjected || null;"), path + ": the injected script ran");
        List<Map<String, Object>> all = violations();
        Set<Object> refused = all.subList(before, all.size()).stream()
                .map(v -> v.get("directive"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("script-src-elem", "style-src-elem"), refused, path + ": " + all);
        browser.executeScript(
                "sessionStorage.setItem('pd-csp', JSON.stringify(JSON.parse(sessionStorage.getItem('pd-csp'))"
                        + ".slice(0, arguments[0])));",
                before);
        console(); // the two refusals just made
    }

    // --- the widgets of each page ---

    /** The platform's list of villages: paging, rows per page, sorting, search box, Ajax button, autocomplete. */
    static void villageList(BackOfficeCspIT t, TestVillages.Village village) {
        String table = "[id='list:villages']";
        String first = t.firstRow(table);
        t.browser.findElement(By.cssSelector(table + " .ui-paginator-next")).click();
        t.wait.until(d -> !t.firstRow(table).equals(first));
        assertEquals(
                "2",
                t.browser
                        .findElement(By.cssSelector(table + " .ui-paginator-page.ui-state-active"))
                        .getText());

        new Select(t.browser.findElement(By.cssSelector(table + " select.ui-paginator-rpp-options")))
                .selectByValue("10");
        t.wait.until(d -> t.rows(table).size() == 10);

        String nameHeader = table + " th.ui-sortable-column:nth-of-type(2)";
        String beforeSort = t.firstRow(table);
        t.browser.findElement(By.cssSelector(nameHeader)).click();
        t.wait.until(d ->
                "ascending".equals(d.findElement(By.cssSelector(nameHeader)).getAttribute("aria-sort")));
        t.browser.findElement(By.cssSelector(nameHeader)).click();
        t.wait.until(d ->
                "descending".equals(d.findElement(By.cssSelector(nameHeader)).getAttribute("aria-sort")));
        t.wait.until(d -> !t.firstRow(table).equals(beforeSort));

        t.type("onboard:code_input", "15.02.02");
        t.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.ui-autocomplete-item")))
                .click();
        t.wait.until(
                d -> !d.findElement(By.id("onboard:slug")).getAttribute("value").isEmpty());

        WebElement pick = t.browser.findElement(By.cssSelector(table + " button[id$=':pick']"));
        String code = pick.findElement(By.xpath("ancestor::tr/td[1]")).getText().trim();
        pick.click();
        t.wait.until(d ->
                d.findElement(By.id("onboard:code_input")).getAttribute("value").startsWith(code));

        t.type("list:villages:globalFilter", village.name());
        t.wait.until(d -> {
            List<WebElement> rows = t.rows(table);
            // The search ignores case and also matches districts: "Baru" finds Yosorati in Kecamatan Sumberbaru.
            String name = village.name().toLowerCase(java.util.Locale.ROOT);
            return !rows.isEmpty()
                    && rows.stream()
                            .allMatch(r -> r.getText()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .contains(name));
        });
    }

    /** The CSV upload of village admins (a multipart form): a refused line comes back in the results. */
    static void adminsUpload(BackOfficeCspIT t, TestVillages.Village village) throws Exception {
        Path csv = Files.createTempFile("admins", ".csv");
        Files.writeString(csv, "code,name,email\n99.99.99.9999,Tidak Ada," + Fixtures.email("csv") + "\n");
        t.browser.findElement(By.id("csv:file")).sendKeys(csv.toString());
        t.click(By.id("csv:upload"));
        assertEquals(
                1,
                t.browser
                        .findElements(By.cssSelector("[id='results'] .row-refused"))
                        .size(),
                t.text());
    }

    /** Granting a regional role: the region is chosen by autocomplete. */
    static void regionAutocomplete(BackOfficeCspIT t, TestVillages.Village village) {
        t.type("grant:region_input", "Meran");
        t.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.ui-autocomplete-item")));
        assertTrue(
                t.browser.findElements(By.cssSelector("li.ui-autocomplete-item")).stream()
                        .anyMatch(item -> item.getText().toLowerCase().contains("merangin")),
                t.text());
    }

    /** Inviting staff (a plain form post) and closing the message it shows. */
    static void staffInvitation(BackOfficeCspIT t, TestVillages.Village village) {
        t.type("invite:email", Fixtures.email("kaur-csp"));
        new Select(t.browser.findElement(By.id("invite:role"))).selectByValue("OFFICIAL");
        new Select(t.browser.findElement(By.id("invite:position"))).selectByValue("KAUR");
        t.click(By.id("invite:send"));
        WebElement message = t.browser.findElement(By.cssSelector("[id='messages'] .ui-messages-info"));
        assertTrue(message.getText().contains("Undangan dikirim"), t.text());
        t.browser
                .findElement(By.cssSelector("[id='messages'] .ui-messages-close"))
                .click();
        t.wait.until(ExpectedConditions.invisibilityOf(message));
    }

    /**
     * The audit log, with an entry made first (an invitation, over HTTP): the action menu (Ajax, then
     * the table's filter) and the search box (a key handler) both ask the server for the rows.
     */
    static void auditFilters(BackOfficeCspIT t, TestVillages.Village village) {
        Http admin = new Http();
        admin.login(village.prefix(), village.adminEmail(), village.password());
        Http.Page staff = admin.get(village.prefix() + "/kantor/staf");
        Map<String, String> invitation =
                Map.of("email", Fixtures.email("kaur-log"), "role", "OFFICIAL", "position", "KAUR");
        assertEquals(200, admin.submit(staff, "invite", invitation, "send").status());
        t.browser.navigate().refresh();

        Select action = new Select(t.browser.findElement(By.id("log:entries:action")));
        assertTrue(action.getOptions().size() > 1, "the log has an action to choose: " + t.text());
        long before = t.ajaxAnswers();
        action.selectByIndex(1);
        t.awaitAjax(before, 2);
        before = t.ajaxAnswers();
        t.type("log:entries:globalFilter", "tidak-ada-yang-cocok");
        t.awaitAjax(before, 1);
        t.wait.until(d -> t.firstRow("[id='log:entries']").contains("Belum ada data"));
    }

    /** The residents table: a row's button (its moved click handler) opens the resident. */
    static void residentOpens(BackOfficeCspIT t, TestVillages.Village village) {
        t.click(By.id("list:residents:0:open"));
        assertEquals(1, t.browser.findElements(By.id("details")).size(), t.text());
    }

    /** The village profile has its logo upload form. */
    static void profileUploadForm(BackOfficeCspIT t, TestVillages.Village village) {
        assertEquals(
                "multipart/form-data",
                t.browser.findElement(By.id("logo")).getAttribute("enctype"),
                "the logo form uploads a file");
        assertTrue(t.browser.findElement(By.id("logo:file")).isDisplayed());
    }

    // --- helpers ---

    List<WebElement> rows(String table) {
        return browser.findElements(By.cssSelector(table + " tbody.ui-datatable-data > tr"));
    }

    String firstRow(String table) {
        for (int attempt = 0; ; attempt++) {
            try {
                return rows(table).get(0).getText();
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** What the recorder heard on this tab and was not cleared yet. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations() {
        String kept = (String) browser.executeScript("return sessionStorage.getItem('pd-csp') || '[]';");
        return new Json().toType(kept, List.class);
    }

    /** The CSP messages of Chromium's console since the last read. */
    List<String> console() {
        if (!consoleReadable) {
            return List.of();
        }
        try {
            return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                    .toList();
        } catch (WebDriverException | UnsupportedOperationException e) {
            consoleReadable = false;
            return List.of();
        }
    }

    /** Everything in Chromium's console since the last read, for a failure's report. */
    List<String> consoleAll() {
        try {
            return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .toList();
        } catch (WebDriverException | UnsupportedOperationException e) {
            return List.of("(console not readable: " + e + ")");
        }
    }

    /** The number of Ajax answers the open page received so far. */
    long ajaxAnswers() {
        return (Long) browser.executeScript("return window.pdXhr.length;");
    }

    /** Waits for {@code count} more Ajax answers than {@code before}, and checks they were all 200. */
    void awaitAjax(long before, int count) {
        wait.until(d -> ajaxAnswers() >= before + count);
        @SuppressWarnings("unchecked")
        List<Long> statuses = (List<Long>) browser.executeScript("return window.pdXhr;");
        assertTrue(statuses.stream().allMatch(s -> s == 200L), "Ajax answers: " + statuses);
    }

    void assertNoViolations(String when) {
        List<Map<String, Object>> heard = violations();
        List<String> console = console();
        assertTrue(heard.isEmpty() && console.isEmpty(), when + ": " + heard + " " + console);
    }

    static Map<String, List<String>> parse(String csp) {
        Map<String, List<String>> policy = new LinkedHashMap<>();
        for (String directive : csp.split(";")) {
            List<String> words = Arrays.stream(directive.trim().split("\\s+"))
                    .filter(w -> !w.isEmpty())
                    .toList();
            if (!words.isEmpty()) {
                policy.put(words.get(0).toLowerCase(), words.subList(1, words.size()));
            }
        }
        return policy;
    }

    void type(String id, String text) {
        Browser.type(browser, id, text);
    }

    void click(By what) {
        Browser.click(browser, what);
    }

    String text() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
