package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin publishes an article in Chromium and it shows at once on the village's home page (kept
 * rendered for visitors until the change), in the news list and in the feed. Screenshots of each
 * step under {@code target/screenshots/news-*}.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class NewsBrowserIT {

    ChromeDriver browser;

    @AfterEach
    void close() {
        Browser.close(browser);
    }

    @Test
    void anAdminPublishesAnArticleAndItShowsOnTheHomePageAndInTheFeedAtOnce() {
        TestVillages.Village village = TestVillages.create();
        Http visitor = new Http();
        // A visitor reads the home page first: it is kept rendered from now on.
        String before = visitor.get(village.prefix() + "/").body();
        assertTrue(!before.contains("Lomba Perahu Hias"), before);

        browser = Browser.open();
        browser.get(Http.BASE + village.prefix() + "/masuk");
        type("login:email", village.adminEmail());
        type("login:password", village.password());
        click(By.id("login:submit"));
        browser.get(Http.BASE + village.prefix() + "/kantor/berita");
        Browser.screenshot(browser, "news-1-office-list");
        click(By.id("write"));
        type("editor:title", "Lomba Perahu Hias Meriahkan Hari Jadi Desa");
        type("editor:summary", "Dua belas perahu dari lima dusun ikut lomba di sungai.");
        type(
                "editor:text",
                "Warga memadati tepian sungai sejak pagi.\n\n## Pemenang\n- Dusun Satu\n- Dusun Tiga\n\n"
                        + "Panitia berterima kasih kepada **semua peserta**.");
        Browser.screenshot(browser, "news-2-editor");
        click(By.id("editor:publish"));
        assertTrue(text().contains("Lomba Perahu Hias"), text());
        Browser.screenshot(browser, "news-3-published");

        browser.get(Http.BASE + village.prefix() + "/");
        WebElement section = browser.findElement(By.id("section-news-latest"));
        assertTrue(section.getText().contains("Lomba Perahu Hias Meriahkan Hari Jadi Desa"), section.getText());
        Browser.screenshot(browser, "news-4-home");
        // The anonymous visitor's stored home page changed too, and so did the feed.
        assertTrue(visitor.get(village.prefix() + "/").body().contains("Lomba Perahu Hias"), "stored page renewed");
        String feed = visitor.get(village.prefix() + "/berita/feed.xml").body();
        assertEquals(
                List.of("Lomba Perahu Hias Meriahkan Hari Jadi Desa"),
                Jsoup.parse(feed, "", Parser.xmlParser())
                        .select("entry > title")
                        .eachText());

        browser.findElement(By.linkText("Lomba Perahu Hias Meriahkan Hari Jadi Desa"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/berita/lomba-perahu-hias"));
        assertEquals(
                "Lomba Perahu Hias Meriahkan Hari Jadi Desa",
                browser.findElement(By.tagName("h1")).getText());
        Browser.screenshot(browser, "news-5-article");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        Object scrolls = browser.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertEquals(Boolean.FALSE, scrolls, "no horizontal scrolling at 360 px");
        Browser.screenshot(browser, "news-6-article-360");
    }

    void type(String id, String text) {
        Browser.type(browser, id, text);
    }

    void click(By what) {
        Browser.click(browser, what);
    }

    String text() {
        return Browser.text(browser);
    }
}
