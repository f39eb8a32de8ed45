package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.site.SiteDemoFiles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A village admin builds a complete site in Chromium from a blank village through the back office
 * alone, and switches its theme; every public page of every theme fits a 360 px wide screen. A
 * screenshot of each step goes to target/screenshots (site-*.png).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SiteBrowserIT {

    ChromeDriver browser;

    @AfterEach
    void close() {
        Browser.close(browser);
    }

    void type(String id, String text) {
        Browser.type(browser, id, text);
    }

    void click(String id) {
        Browser.click(browser, By.id(id));
    }

    void click(WebElement element) {
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Browser.isGone(element));
    }

    String text() {
        return Browser.text(browser);
    }

    void logInAsAdmin(TestVillages.Village village) {
        browser.get(Http.BASE + village.prefix() + "/masuk");
        type("login:email", village.adminEmail());
        type("login:password", village.password());
        click("login:submit");
        assertTrue(browser.getCurrentUrl().endsWith(village.prefix() + "/kantor"), browser.getCurrentUrl());
    }

    /** The button "choose" of the theme whose name shows in its choice. */
    WebElement chooseButtonOf(String title) {
        return browser.findElements(By.cssSelector("li.theme-choice")).stream()
                .filter(li -> li.getText().contains(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no theme " + title + ": " + text()))
                .findElement(By.cssSelector("button"));
    }

    /** A file on disk for a file input, as a person would pick it. */
    static String file(String name, byte[] bytes) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("site-upload");
            java.nio.file.Path path = dir.resolve(name);
            java.nio.file.Files.write(path, bytes);
            return path.toAbsolutePath().toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String bodyClass() {
        return browser.findElement(By.tagName("body")).getAttribute("class");
    }

    @Test
    void a_theme_switch_changes_the_public_page() {
        TestVillages.Village village = TestVillages.create();
        browser = Browser.open();
        browser.get(Http.BASE + village.prefix() + "/");
        assertEquals("theme-default", bodyClass());
        Browser.screenshot(browser, "site-theme-01-before");

        logInAsAdmin(village);
        browser.get(Http.BASE + village.prefix() + "/kantor/tampilan");
        Browser.screenshot(browser, "site-theme-02-choices");
        click(chooseButtonOf("Lintas"));
        String preview = browser.findElement(By.id("preview")).getAttribute("href");
        assertTrue(preview.contains("pratinjau=lintas"), preview);

        browser.get(preview);
        assertEquals("theme-lintas", bodyClass());
        assertTrue(text().contains("Pratinjau tema"), text());
        Browser.screenshot(browser, "site-theme-03-preview");
        assertEquals(
                "theme-default",
                new Http()
                        .get(village.prefix() + "/")
                        .html()
                        .selectFirst("body")
                        .className(),
                "visitors still see the applied theme during the preview");

        browser.navigate().back();
        browser.get(Http.BASE + village.prefix() + "/kantor/tampilan");
        click(chooseButtonOf("Lintas"));
        click("theme:apply");
        assertTrue(text().contains("diterapkan"), text());
        Browser.screenshot(browser, "site-theme-04-applied");

        Http.Page visitor = new Http().get(village.prefix() + "/");
        assertEquals("theme-lintas", visitor.html().selectFirst("body").className(), "every visitor sees it now");
        click("logout:go");
        browser.get(Http.BASE + village.prefix() + "/");
        assertEquals("theme-lintas", bodyClass());
        Browser.screenshot(browser, "site-theme-05-visitor");
    }

    @Test
    void a_complete_site_is_built_from_a_blank_village_through_the_back_office() {
        TestVillages.Village village = TestVillages.create();
        browser = Browser.open();
        logInAsAdmin(village);

        browser.get(Http.BASE + village.prefix() + "/kantor/profil");
        type("profile:tagline", "Desa sejuk di kaki bukit");
        type("profile:address", "Jl. Lintas Desa No. 1");
        type("profile:phone", "0746 21000");
        click("profile:save");
        Browser.screenshot(browser, "site-build-01-identity");

        click("site-nav-details");
        type("details:welcome", "Selamat datang di desa kami.");
        type("details:history", "Desa ini berdiri sejak 1950.\n\nKini warganya bertani dan berdagang.");
        type("details:vision", "Desa mandiri dan sejahtera");
        type("details:mission", "Pelayanan cepat\nEkonomi kuat");
        type("details:latitude", "-2.0831");
        type("details:longitude", "102.2708");
        type("details:population", "2314");
        type("details:officeHours", "Senin–Jumat 08.00–15.00");
        click("details:save");
        assertTrue(text().contains("Profil lengkap disimpan"), text());
        browser.findElement(By.id("hero:file"))
                .sendKeys(file("desa.jpg", SiteDemoFiles.landscape(new java.awt.Color(0x00796b), 7)));
        click("hero:upload");
        assertTrue(text().contains("Gambar utama disimpan"), text());
        Browser.screenshot(browser, "site-build-02-details");

        click("site-nav-officials");
        new Select(browser.findElement(By.id("add:membership"))).selectByIndex(1);
        click("add:save");
        assertTrue(text().contains("Perangkat ditambahkan"), text());
        type("add:name", "Siti Aminah");
        type("add:position", "Ketua BPD");
        click("add:save");
        assertTrue(text().contains("Siti Aminah"), text());
        new Select(browser.findElement(By.id("photo:who"))).selectByVisibleText("Siti Aminah — Ketua BPD");
        browser.findElement(By.id("photo:file"))
                .sendKeys(file(
                        "siti.jpg",
                        SiteDemoFiles.portrait(new java.awt.Color(0xad1457), java.awt.Color.LIGHT_GRAY, true)));
        click("photo:upload");
        assertTrue(text().contains("Foto perangkat disimpan"), text());
        Browser.screenshot(browser, "site-build-03-officials");

        click("site-nav-pages");
        type("new:title", "APBDes Tahun 2026");
        click("new:create");
        type("page:body", "Ringkasan anggaran desa.\n\nBelanja untuk jalan usaha tani.");
        click("page:publish");
        assertTrue(text().contains("Halaman terbit"), text());
        type("attach:attachmentTitle", "Ringkasan APBDes 2026");
        browser.findElement(By.id("attach:attachmentFile"))
                .sendKeys(file("apbdes.pdf", SiteDemoFiles.pdf("APBDes 2026", List.of("Pendapatan Rp1.000.000"))));
        click("attach:upload");
        assertTrue(text().contains("Dokumen ditambahkan"), text());
        Browser.screenshot(browser, "site-build-04-page");

        click("site-nav-theme");
        click(chooseButtonOf("Serambi"));
        click("theme:apply");
        Browser.screenshot(browser, "site-build-05-theme");

        click("site-nav-menu");
        List<WebElement> labels = browser.findElements(By.cssSelector("#menu\\:entries span[id^=label-]"));
        int pageRow = -1;
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).getText().equals("APBDes Tahun 2026")) {
                pageRow = i;
            }
        }
        assertTrue(pageRow > 0, "the page is in the menu: " + text());
        for (int i = pageRow; i > 0; i--) {
            click("menu:entries:" + i + ":up");
        }
        click("menu:save");
        assertTrue(text().contains("Urutan menu disimpan"), text());
        Browser.screenshot(browser, "site-build-06-menu");
        click("logout:go");

        browser.get(Http.BASE + village.prefix() + "/");
        assertEquals("theme-serambi", bodyClass());
        List<WebElement> menu = browser.findElements(By.cssSelector(".site-menu ul a"));
        assertEquals("APBDes Tahun 2026", menu.get(0).getText(), "first in the menu, as ordered");
        assertTrue(text().contains("Selamat datang di desa kami."), text());
        WebElement hero = browser.findElement(By.cssSelector(".hero-media img"));
        assertTrue(hero.getAttribute("srcset").contains("640w"), hero.getAttribute("srcset"));
        assertTrue(
                (Boolean) browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", hero));
        Browser.screenshot(browser, "site-build-07-home");

        browser.get(Http.BASE + village.prefix() + "/profil");
        String profile = text();
        assertTrue(profile.contains("Desa ini berdiri sejak 1950."), profile);
        assertTrue(profile.contains("Siti Aminah") && profile.contains("Ketua BPD"), profile);
        assertTrue(profile.contains("Sekretaris Desa"), "the linked official's title: " + profile);
        assertEquals(
                "geo:-2.0831,102.2708", browser.findElement(By.id("map-app")).getAttribute("href"));
        Browser.screenshot(browser, "site-build-08-profile");

        browser.get(Http.BASE + village.prefix() + "/halaman/apbdes-tahun-2026");
        assertTrue(text().contains("Belanja untuk jalan usaha tani."), text());
        String pdf = browser.findElement(By.cssSelector("a.attachment")).getAttribute("href");
        java.net.http.HttpResponse<byte[]> download = new Http().raw(pdf.replace(Http.BASE, ""));
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        Browser.screenshot(browser, "site-build-09-page");
    }

    @Test
    void every_theme_fits_a_360_px_screen_on_every_site_page() {
        TestVillages.Village village = TestVillages.create();
        SiteAdmin admin = SiteAdmin.logIn(village);
        admin.saveDetails(Map.of(
                "history", "Sejarah panjang desa ".repeat(40),
                "latitude", "-2.0831",
                "longitude", "102.2708",
                "population", "2314"));
        admin.publishPage("Peraturan Desa Nomor 1 Tahun 2026 tentang Pungutan", "Isi ".repeat(200));
        browser = Browser.open();
        logInAsAdmin(village);
        browser.manage().window().setSize(new Dimension(360, 800));
        for (String theme : List.of("default", "pusaka", "lintas", "serambi")) {
            for (String page :
                    List.of("/", "/profil", "/halaman/peraturan-desa-nomor-1-tahun-2026-tentang-pungutan", "/cari")) {
                browser.get(Http.BASE + village.prefix() + page + "?pratinjau=" + theme + "&q=desa");
                assertEquals("theme-" + theme, bodyClass(), page);
                long overflow = (Long) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                if (overflow > 0) {
                    Browser.screenshot(browser, "site-360-" + theme + "-overflow");
                }
                assertEquals(0L, overflow, "horizontal scrolling at 360 px: " + theme + " " + page);
            }
            browser.get(Http.BASE + village.prefix() + "/?pratinjau=" + theme);
            Browser.screenshot(browser, "site-360-" + theme);
        }
    }

    /**
     * Issue 7's checks for every theme, as an anonymous visitor on a phone: axe-core finds no serious
     * or critical fault on home, profile, a page and the search, and the home page's first visit
     * (every resource, compressed) stays within 150 KB.
     */
    @Test
    void every_theme_passes_axe_and_the_weight_budget_for_a_first_visit() {
        TestVillages.Village village = TestVillages.create();
        SiteAdmin admin = SiteAdmin.logIn(village);
        admin.saveDetails(Map.of(
                "welcome", "Selamat datang di desa kami.",
                "history", "Desa ini berdiri sejak 1950.\n\nKini warganya bertani.",
                "vision", "Desa mandiri",
                "mission", "Satu\nDua",
                "latitude", "-2.0831",
                "longitude", "102.2708",
                "population", "2314"));
        admin.publishPage("Badan Permusyawaratan Desa", "Tugas BPD.\n\nAnggota BPD.");
        Http.Page hero = admin.http.upload(
                admin.http.get(village.prefix() + "/kantor/profil/rincian"),
                "hero",
                "file",
                "desa.jpg",
                SiteDemoFiles.landscape(new java.awt.Color(0x2e7d32), 3),
                "upload");
        assertTrue(hero.text().contains("Gambar utama disimpan"), "the weight counts a hero picture: " + hero.text());
        browser = Browser.open();
        logInAsAdmin(village);
        StringBuilder faults = new StringBuilder();
        for (String theme : List.of("Asri", "Pusaka", "Lintas", "Serambi")) {
            browser.get(Http.BASE + village.prefix() + "/kantor/tampilan");
            if (!browser.findElements(By.cssSelector("li.theme-choice")).stream()
                    .filter(li -> li.getText().contains(theme))
                    .findFirst()
                    .orElseThrow()
                    .findElements(By.cssSelector("button"))
                    .isEmpty()) {
                click(chooseButtonOf(theme));
            }
            click("theme:apply");
            assertTrue(text().contains("diterapkan"), text());

            ChromeDriver phone = Browser.open(options -> options.addArguments("--window-size=390,844"));
            try {
                phone.get(Http.BASE + village.prefix() + "/");
                PageChecks.awaitLoaded(phone);
                long bytes = PageChecks.transferredBytes(phone);
                assertTrue(bytes > 0 && bytes <= 150 * 1024, theme + ": first visit of the home page: " + bytes + " B");
                System.out.println("[site] " + theme + " home page, first visit at 390x844: " + bytes + " bytes");
                for (String page : List.of("/", "/profil", "/halaman/badan-permusyawaratan-desa", "/cari?q=desa")) {
                    phone.get(Http.BASE + village.prefix() + page);
                    String violations = String.join("\n", PageChecks.axeViolations(phone));
                    if (!violations.isEmpty()) {
                        faults.append(theme)
                                .append(' ')
                                .append(page)
                                .append(":\n")
                                .append(violations)
                                .append('\n');
                    }
                }
                Browser.screenshot(phone, "site-axe-" + theme.toLowerCase(java.util.Locale.ROOT));
            } finally {
                Browser.close(phone);
            }
        }
        assertEquals("", faults.toString(), "serious or critical accessibility faults");
    }
}
