package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Both service-figure pages in Chromium: a village's public page reached from its home page, on a
 * 360 px wide phone (no horizontal scrolling, charts drawn as SVG with a table each, no script), and
 * the regency dashboard of a regency admin. Screenshots under {@code target/screenshots/metrics-*}.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MetricsBrowserIT {

    ChromeDriver browser;

    @AfterEach
    void close() {
        Browser.close(browser);
    }

    @Test
    void theVillagesPublicPageOnAPhone() {
        ParticipationVillages.Village v = ParticipationVillages.create();
        AspirationsIT.submit(
                v.as(v.residents().get(0)), v.prefix(), "Lampu jalan", "Lampu jalan di simpang tiga mati.");
        browser = Browser.open();
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(Http.BASE + v.prefix() + "/");
        Browser.click(browser, By.linkText("Lihat kinerja layanan desa"));
        assertTrue(browser.getCurrentUrl().endsWith(v.prefix() + "/layanan/kinerja"), browser.getCurrentUrl());
        assertEquals(3, browser.findElements(By.cssSelector("svg.chart")).size());
        assertEquals(4, browser.findElements(By.cssSelector("main table")).size());
        assertEquals(0, browser.findElements(By.cssSelector("script")).size(), "no script on a public page");
        long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        long width = (Long) browser.executeScript("return document.documentElement.clientWidth");
        assertTrue(scrollWidth <= width, "no horizontal scrolling: " + scrollWidth + " > " + width);
        assertTrue(Browser.text(browser).contains("1 aspirasi diterima"), Browser.text(browser));
        Browser.screenshot(browser, "metrics-1-public-360");
        browser.findElement(By.id("aspirasi")).click();
        Browser.screenshot(browser, "metrics-2-public-aspirations");
    }

    @Test
    void theRegencyDashboard() {
        browser = Browser.open();
        browser.manage().window().setSize(new Dimension(1400, 1000));
        browser.get(Http.BASE + "/masuk");
        Browser.logIn(browser, "regency@portaldesa.test", "demo-desa-2026");
        browser.get(Http.BASE + "/platform/kinerja");
        String text = Browser.text(browser);
        assertTrue(text.contains("Kinerja layanan desa"), text);
        assertTrue(text.contains("Kungkai"), text);
        assertFalse(browser.findElements(By.id("adoption")).isEmpty());
        Browser.screenshot(browser, "metrics-3-dashboard");
    }
}
