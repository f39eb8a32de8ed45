package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
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
 * A resident becomes a seller, submits a product with a photo, the admin approves both, and a
 * visitor finds the product with its price, photo and a working WhatsApp order link; then the admin
 * hides it with a reason that the seller reads on their page and receives by mail. Public catalogue
 * pages are checked at 360 px for sideways scrolling. A screenshot of each step goes to
 * target/screenshots (catalogue-*).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CatalogueBrowserIT {

    ChromeDriver browser;

    @AfterEach
    void close() {
        Browser.close(browser);
    }

    @Test
    void aResidentBecomesASellerAndAVisitorOrdersTheirProductOnWhatsApp() throws Exception {
        Mailbox.start();
        TestVillages.Village village = TestVillages.create();
        Path photo = photo();
        browser = Browser.open();
        String base = Http.BASE + village.prefix();

        // The admin confirms the resident's identity at the counter (selling needs it).
        browser.get(base + "/masuk");
        logIn(village.adminEmail(), village.password());
        browser.get(base + "/kantor/warga");
        click("list:residents:0:open");
        click("act:confirm");
        assertTrue(text().contains("dikonfirmasi"), text());
        click("logout:go");

        // The resident asks to sell.
        browser.get(base + "/masuk");
        logIn(village.residentEmail(), village.password());
        click("my-shop");
        Browser.screenshot(browser, "catalogue-01-shop-request-form");
        type("shop:shopName", "Dapur Bu Sari");
        type("shop:whatsapp", "0812 3456-7890x");
        click("shop:submit");
        assertTrue(text().contains("Nomor WhatsApp harus nomor ponsel Indonesia"), text());
        assertEquals("Dapur Bu Sari", value("shop:shopName"), "what was typed is kept");
        type("shop:whatsapp", "+62 812-3456-7890");
        click("shop:submit");
        assertTrue(text().contains("Permintaan terkirim"), text());
        assertTrue(text().contains("Menunggu persetujuan"), text());
        Browser.screenshot(browser, "catalogue-02-shop-requested");
        click("logout:go");

        // The admin approves the shop.
        browser.get(base + "/masuk");
        logIn(village.adminEmail(), village.password());
        click("nav-sellers");
        assertTrue(text().contains("Dapur Bu Sari"), text());
        click("list:sellers:0:open");
        Browser.screenshot(browser, "catalogue-03-admin-seller");
        click("act:approve");
        assertTrue(text().contains("Penjual disetujui"), text());
        click("logout:go");

        // The seller adds a product with a photo.
        browser.get(base + "/masuk");
        logIn(village.residentEmail(), village.password());
        browser.get(base + "/akun/lapak");
        assertTrue(text().contains("Disetujui"), text());
        click("new-product");
        type("product:name", "Keripik Pisang Cokelat");
        type("product:price", "15.000");
        new Select(browser.findElement(By.id("product:unit"))).selectByValue("PACK");
        type("product:stock", "40");
        type("product:description", "Keripik pisang kepok, digoreng tipis dan dilapisi cokelat.\n\nIsi 250 gram.");
        browser.findElement(By.id("product:photo")).sendKeys(photo.toString());
        Browser.screenshot(browser, "catalogue-04-product-form");
        click("product:save");
        assertTrue(text().contains("Produk dikirim"), text());
        assertTrue(text().contains("Menunggu pemeriksaan"), text());
        Browser.screenshot(browser, "catalogue-05-product-submitted");
        click("logout:go");

        browser.get(base + "/produk");
        assertTrue(text().contains("Belum ada produk"), "not public before the approval: " + text());

        // The admin approves the product.
        browser.get(base + "/masuk");
        logIn(village.adminEmail(), village.password());
        click("nav-products");
        click("list:products:0:open");
        assertTrue(text().contains("Keripik Pisang Cokelat"), text());
        Browser.screenshot(browser, "catalogue-06-admin-review");
        click("act:approve");
        assertTrue(text().contains("Produk disetujui dan tayang"), text());
        click("logout:go");

        // A visitor finds it and orders on WhatsApp.
        browser.get(base + "/produk");
        browser.findElement(By.partialLinkText("Keripik Pisang Cokelat")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/produk/"));
        String address = browser.getCurrentUrl();
        assertEquals(base + "/produk/keripik-pisang-cokelat", address);
        assertTrue(text().contains("Rp15.000"), text());
        assertTrue(text().contains("Dapur Bu Sari"), text());
        WebElement picture = browser.findElement(By.cssSelector(".pd-photos img"));
        assertTrue(
                ((Number) browser.executeScript("return arguments[0].naturalWidth", picture)).intValue() > 0,
                "the photo loaded");
        assertEquals("lazy", picture.getAttribute("loading"));
        assertTrue(!picture.getAttribute("srcset").isEmpty(), "srcset");
        String order = browser.findElement(By.id("order")).getAttribute("href");
        URI wa = URI.create(order);
        assertEquals("wa.me", wa.getHost());
        assertEquals("/6281234567890", wa.getPath());
        String message = URLDecoder.decode(wa.getRawQuery().substring("text=".length()), StandardCharsets.UTF_8);
        assertTrue(message.contains("Keripik Pisang Cokelat"), message);
        assertTrue(message.contains(address), "the message names the product's address: " + message);
        assertEquals(
                200,
                new Http().get(message.substring(message.indexOf("http"))).status(),
                "the address in the message opens the product");
        assertTrue(browser.findElement(By.id("share-whatsapp"))
                .getAttribute("href")
                .startsWith("https://wa.me/?text="));
        assertEquals(address, value("share-address"));
        Browser.screenshot(browser, "catalogue-07-product-page");

        // Phone-sized: no page of the catalogue scrolls sideways.
        browser.manage().window().setSize(new Dimension(360, 800));
        for (String path : List.of("/produk", "/produk/keripik-pisang-cokelat", "/wisata", "/")) {
            browser.get(base + path);
            long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertTrue(overflow <= 0, path + " scrolls sideways by " + overflow + " px at 360 px");
        }
        browser.get(base + "/produk/keripik-pisang-cokelat");
        Browser.screenshot(browser, "catalogue-08-product-360px");
        browser.manage().window().setSize(new Dimension(1200, 900));

        // The admin hides it with a reason; the seller reads it and is mailed.
        browser.get(base + "/masuk");
        logIn(village.adminEmail(), village.password());
        browser.get(base + "/kantor/produk");
        new Select(browser.findElement(By.id("filter:which"))).selectByValue("PUBLIC");
        click("filter:go");
        click("list:products:0:open");
        type("act:reason", "Foto kurang jelas, mohon ganti.");
        click("act:hide");
        assertTrue(text().contains("Produk disembunyikan"), text());
        click("logout:go");
        assertEquals(
                404,
                new Http()
                        .get(village.prefix() + "/produk/keripik-pisang-cokelat")
                        .status());

        String mail = awaitMail(village.residentEmail(), "Foto kurang jelas", Duration.ofSeconds(60));
        assertTrue(mail.contains(village.prefix() + "/akun/lapak"), mail);
        browser.get(base + "/masuk");
        logIn(village.residentEmail(), village.password());
        browser.get(base + "/akun/lapak");
        assertTrue(text().contains("Foto kurang jelas, mohon ganti."), text());
        assertTrue(text().contains("Disembunyikan admin"), text());
        Browser.screenshot(browser, "catalogue-09-seller-sees-reason");
    }

    static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xffe0b2));
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(new Color(0x6d4c41));
        for (int i = 0; i < 12; i++) {
            g.fillOval(100 + i * 110, 500 + (i % 3) * 80, 160, 100);
        }
        g.dispose();
        Path file = Files.createTempFile("keripik", ".jpg");
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }

    static String awaitMail(String recipient, String containing, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            for (MimeMessage m : Mailbox.to(recipient)) {
                String body = Mailbox.body(m);
                if (body.contains(containing)) {
                    return body;
                }
            }
            Mailbox.sleep(250);
        }
        throw new AssertionError("No mail with '" + containing + "' reached " + recipient);
    }

    void logIn(String email, String password) {
        Browser.logIn(browser, email, password);
    }

    void type(String id, String text) {
        Browser.type(browser, id, text);
    }

    String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    void click(String id) {
        Browser.click(browser, By.id(id));
    }

    String text() {
        return Browser.text(browser);
    }
}
