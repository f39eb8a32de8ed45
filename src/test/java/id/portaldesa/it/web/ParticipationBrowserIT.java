package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * E-participation in Chromium, as people do it: a resident submits an aspiration, the admin
 * publishes it, another resident supports it, an official answers; a guest files a complaint, confirms
 * the email address and follows the complaint by its link. Screenshots under {@code
 * target/screenshots/participation-*}.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ParticipationBrowserIT {

    ChromeDriver browser;

    @AfterEach
    void close() {
        Browser.close(browser);
    }

    private void as(ParticipationVillages.Village v, String email) {
        browser.manage().deleteAllCookies();
        browser.get(Http.BASE + v.prefix() + "/masuk");
        Browser.logIn(browser, email, v.base().password());
    }

    @Test
    void anIdeaIsSubmittedPublishedSupportedAndAnswered() {
        ParticipationVillages.Village v = ParticipationVillages.create();
        browser = Browser.open();
        as(v, v.residents().get(0));
        browser.get(Http.BASE + v.prefix() + "/aspirasi/kirim");
        Browser.type(browser, "aspiration:title", "Sumur bor untuk Dusun III");
        Browser.type(browser, "aspiration:description", "Musim kemarau sumur warga kering.\nMohon sumur bor.");
        new Select(browser.findElement(By.id("aspiration:category"))).selectByValue("INFRASTRUCTURE");
        Browser.screenshot(browser, "participation-1-submit");
        Browser.click(browser, By.id("aspiration:send"));
        assertTrue(Browser.text(browser).contains("Sumur bor untuk Dusun III"), Browser.text(browser));
        String id = browser.findElement(By.cssSelector("li.mine-row")).getAttribute("data-id");

        as(v, v.base().adminEmail());
        browser.get(Http.BASE + v.prefix() + "/kantor/aspirasi/detail?id=" + id);
        Browser.screenshot(browser, "participation-2-moderation");
        Browser.click(browser, By.id("act:publish"));

        as(v, v.residents().get(1));
        browser.get(Http.BASE + v.prefix() + "/aspirasi/" + id);
        Browser.click(browser, By.id("support:give"));
        assertTrue(browser.findElement(By.id("supports")).getText().strip().equals("1"), Browser.text(browser));
        Browser.screenshot(browser, "participation-3-supported");

        as(v, v.base().officialEmail());
        browser.get(Http.BASE + v.prefix() + "/kantor/aspirasi/detail?id=" + id);
        new Select(browser.findElement(By.id("act:status"))).selectByValue("PLANNED");
        Browser.type(browser, "act:note", "Masuk RKPDes 2027.");
        Browser.click(browser, By.id("act:answer"));

        browser.manage().deleteAllCookies();
        browser.get(Http.BASE + v.prefix() + "/aspirasi/" + id);
        assertTrue(Browser.text(browser).contains("Masuk RKPDes 2027."), Browser.text(browser));
        Browser.screenshot(browser, "participation-4-answered");
    }

    @Test
    void aGuestFilesAComplaintAndFollowsItByItsLink() {
        Mailbox.start();
        ParticipationVillages.Village v = ParticipationVillages.create();
        String email = "tamu-" + System.nanoTime() + "@contoh.test";
        browser = Browser.open();
        browser.get(Http.BASE + v.prefix() + "/pengaduan");
        new Select(browser.findElement(By.id("complaint:category"))).selectByValue("ENVIRONMENT");
        Browser.type(browser, "complaint:description", "Sampah menumpuk di tepi sungai.");
        Browser.type(browser, "complaint:location", "Jembatan Dusun II");
        Browser.type(browser, "complaint:name", "Tamu Peramban");
        Browser.type(browser, "complaint:email", email);
        Browser.screenshot(browser, "participation-5-complaint-form");
        Browser.click(browser, By.id("complaint:send"));
        String reference = browser.findElement(By.id("reference")).getText();
        String track = browser.findElement(By.id("track")).getAttribute("href");
        Browser.screenshot(browser, "participation-6-complaint-filed");
        assertTrue(ComplaintsIT.REFERENCE.matcher(reference).matches(), reference);

        // The mail's link, opened on the person's phone (another browser session), and its button.
        browser.manage().deleteAllCookies();
        browser.get(ComplaintsIT.awaitMailLink(email, "/pengaduan/konfirmasi"));
        Browser.screenshot(browser, "participation-7-confirm");
        Browser.click(browser, By.id("confirm:go"));
        assertTrue(Browser.text(browser).contains(reference), Browser.text(browser));

        browser.get(track);
        assertTrue(browser.findElement(By.id("state")).getText().contains("Baru"), Browser.text(browser));
        Browser.screenshot(browser, "participation-8-tracking");
    }
}
