package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.Fixtures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** People's paths through the portal in a real browser; a screenshot of each step goes to target/screenshots. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    ChromeDriver browser;

    @AfterEach
    void close() {
        Browser.close(browser);
    }

    void type(String id, String text) {
        Browser.type(browser, id, text);
    }

    String text() {
        return Browser.text(browser);
    }

    /** Fills the login form on the current page and submits it. */
    void logIn(String email, String password) {
        Browser.logIn(browser, email, password);
    }

    void click(String id) {
        Browser.click(browser, By.id(id));
    }

    @Test
    void residentRegistersConfirmsAndLogsIn() {
        Mailbox.start();
        TestVillages.Village village = TestVillages.create();
        browser = Browser.open();
        String email = Fixtures.email("sari");

        browser.get(Http.BASE + village.prefix() + "/");
        Browser.screenshot(browser, "01-village-home");
        browser.findElement(By.linkText("Daftar")).click();
        type("register:name", "Sari Dewi Lestari");
        type("register:email", email);
        type("register:password", "rahasia-sekali");
        type("register:kk", Fixtures.kk());
        type("register:nik", "15020245088");
        click("register:submit");
        assertTrue(text().contains("NIK harus 16 angka"), "a short NIK is refused: " + text());
        assertEquals(
                "Sari Dewi Lestari",
                browser.findElement(By.id("register:name")).getAttribute("value"),
                "what was typed is kept");
        Browser.screenshot(browser, "02-register-bad-nik");

        type("register:nik", Fixtures.nik());
        type("register:password", "rahasia-sekali");
        click("register:submit");
        assertTrue(text().contains("Pendaftaran diterima"), text());
        Browser.screenshot(browser, "03-registered");

        browser.get(Mailbox.awaitLink(email, Duration.ofSeconds(30)));
        click("confirm:submit");
        assertTrue(text().contains("sudah dikonfirmasi"), text());
        Browser.screenshot(browser, "04-confirmed");

        click("to-login");
        logIn(email, "rahasia-sekali");
        assertTrue(browser.getCurrentUrl().endsWith(village.prefix() + "/akun"), browser.getCurrentUrl());
        assertTrue(text().contains("Sari Dewi Lestari"));
        Browser.screenshot(browser, "05-resident-home");

        click("logout:go");
        assertTrue(text().contains("Masuk"));
    }

    @Test
    void villageAdminInvitesAnOfficialWhoAcceptsAndLogsIn() {
        Mailbox.start();
        TestVillages.Village village = TestVillages.create();
        browser = Browser.open();
        String official = Fixtures.email("kasi");

        browser.get(Http.BASE + village.prefix() + "/masuk");
        logIn(village.adminEmail(), village.password());
        assertTrue(browser.getCurrentUrl().endsWith(village.prefix() + "/kantor"), browser.getCurrentUrl());
        Browser.screenshot(browser, "11-office-home");

        click("nav-staff");
        type("invite:email", official);
        new Select(browser.findElement(By.id("invite:role"))).selectByValue("OFFICIAL");
        new Select(browser.findElement(By.id("invite:position"))).selectByValue("KASI");
        click("invite:send");
        assertTrue(text().contains("Undangan dikirim ke " + official), text());
        Browser.screenshot(browser, "12-invitation-sent");
        click("logout:go");

        browser.get(Mailbox.awaitLink(official, Duration.ofSeconds(30)));
        type("accept:name", "Rahmat Hidayat");
        type("accept:password", "kata-sandi-kasi");
        click("accept:submit");
        assertTrue(text().contains("Undangan diterima"), text());
        Browser.screenshot(browser, "13-invitation-accepted");

        click("to-login");
        logIn(official, "kata-sandi-kasi");
        assertTrue(text().contains("Kepala seksi (kasi)"), text());
        Browser.screenshot(browser, "14-official-office");
    }

    @Test
    void platformAdminOnboardsAVillageWhoseFirstAdminAcceptsAndLogsIn() throws Exception {
        Mailbox.start();
        String[] region = aVillageNotYetOnboarded();
        String firstAdmin = Fixtures.email("admin-baru");
        browser = Browser.open();

        browser.get(Http.BASE + "/masuk");
        logIn("admin@portaldesa.test", "demo-desa-2026");
        assertTrue(browser.getCurrentUrl().endsWith("/platform/desa"), browser.getCurrentUrl());
        type("onboard:code_input", region[0]);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.ui-autocomplete-item")))
                .click();
        // Picking the village suggests a slug by Ajax, which replaces the slug input.
        wait.until(
                d -> !d.findElement(By.id("onboard:slug")).getAttribute("value").isEmpty());
        String slug = browser.findElement(By.id("onboard:slug")).getAttribute("value");
        type("onboard:adminEmail", firstAdmin);
        Browser.screenshot(browser, "31-onboard-form");
        click("onboard:submit");
        assertTrue(text().contains("sudah aktif di /" + slug + "/"), text());
        assertTrue(text().contains("Konsol Kabupaten"), "the console stays the platform's: " + text());
        Browser.screenshot(browser, "32-onboarded");
        click("logout:go");

        browser.get(Http.BASE + "/" + slug + "/");
        assertTrue(text().contains("Selamat datang di " + region[1]), text());
        browser.get(Mailbox.awaitLink(firstAdmin, Duration.ofSeconds(30)));
        type("accept:name", "Admin Baru");
        type("accept:password", "kata-sandi-admin");
        click("accept:submit");
        click("to-login");
        logIn(firstAdmin, "kata-sandi-admin");
        assertTrue(browser.getCurrentUrl().endsWith("/" + slug + "/kantor"), browser.getCurrentUrl());
        assertTrue(text().contains("Admin desa"), text());
        Browser.screenshot(browser, "33-new-village-office");
    }

    @Test
    void villageAdminGivesTheSiteALogo() throws Exception {
        Path picture = Files.createTempFile("logo", ".jpg");
        BufferedImage drawn = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = drawn.createGraphics();
        g.setColor(new Color(0x1565c0));
        g.fillOval(20, 20, 360, 360);
        g.dispose();
        ImageIO.write(drawn, "jpeg", picture.toFile());
        Path script = Files.writeString(Files.createTempFile("logo", ".png"), "<?php system($_GET['c']); ?>");
        TestVillages.Village village = TestVillages.create();
        TestVillages.Village other = TestVillages.create();
        browser = Browser.open();

        browser.get(Http.BASE + village.prefix() + "/masuk");
        logIn(village.adminEmail(), village.password());
        browser.get(Http.BASE + village.prefix() + "/kantor/profil");
        browser.findElement(By.id("logo:file")).sendKeys(script.toString());
        click("logo:upload");
        assertTrue(text().contains("Berkas ini bukan gambar JPEG, PNG, GIF atau WebP"), text());
        Browser.screenshot(browser, "41-logo-refused");

        browser.findElement(By.id("logo:file")).sendKeys(picture.toString());
        click("logo:upload");
        assertTrue(text().contains("Logo disimpan"), text());
        Browser.screenshot(browser, "42-logo-saved");

        browser.get(Http.BASE + village.prefix() + "/");
        WebElement logo = browser.findElement(By.cssSelector("header img.logo"));
        assertEquals(256L, browser.executeScript("return arguments[0].naturalWidth", logo), "the logo loaded");
        Browser.screenshot(browser, "43-logo-on-site");
        String path = URI.create(logo.getAttribute("src")).getRawPath() + "?"
                + URI.create(logo.getAttribute("src")).getRawQuery();
        HttpResponse<byte[]> image = new Http().raw(path);
        // A logo without transparency is kept as JPEG (media pipeline).
        assertTrue(image.headers().firstValue("Content-Type").orElse("").startsWith("image/jpeg"));
        assertTrue(image.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals(256, ImageIO.read(new ByteArrayInputStream(image.body())).getWidth());
        assertEquals(
                404,
                new Http().raw(other.prefix() + "/public/site/logo.png").statusCode(),
                "a village without a logo does not show another's");

        browser.get(Http.BASE + village.prefix() + "/kantor/profil");
        click("logo:remove");
        assertTrue(text().contains("Logo dihapus"), text());
        browser.get(Http.BASE + village.prefix() + "/");
        assertTrue(browser.findElements(By.cssSelector("header img.logo")).isEmpty(), "back to the initials");
        assertEquals(404, new Http().raw(path).statusCode());
    }

    /** Code and name of a village of Kabupaten Merangin that is not on the portal yet. */
    static String[] aVillageNotYetOnboarded() throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement st = c.prepareStatement("SELECT code, name FROM region r WHERE depth = 4"
                        + " AND code LIKE '15.02.%' AND NOT EXISTS (SELECT 1 FROM village v WHERE v.code = r.code)"
                        + " ORDER BY code LIMIT 1");
                ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next(), "Merangin has villages left to onboard");
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }

    @Test
    void everyPageSwitchesBetweenIndonesianAndEnglish() {
        browser = Browser.open();
        browser.get(Http.BASE + "/kungkai/masuk");
        assertTrue(text().contains("Kata sandi"));
        Browser.screenshot(browser, "21-login-id");
        click("lang-switch");
        assertTrue(text().contains("Password"), text());
        assertTrue(browser.getCurrentUrl().endsWith("/kungkai/masuk"), browser.getCurrentUrl());
        Browser.screenshot(browser, "22-login-en");
        browser.get(Http.BASE + "/");
        assertTrue(text().contains("Village directory"), "the choice is kept: " + text());
        click("lang-switch");
        assertTrue(text().contains("Daftar desa"));
    }
}
