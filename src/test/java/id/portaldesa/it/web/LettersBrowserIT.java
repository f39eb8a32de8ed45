package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.WorkDirs;
import id.portaldesa.it.container.LetterPdfs;
import id.portaldesa.media.TestPictures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In Chromium: a resident requests a Surat Keterangan Domisili, the operator checks it, the kades
 * signs it (the village has switched the sekdes step off), and the resident downloads the letter.
 * A screenshot of each step goes to target/screenshots (letters-*).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class LettersBrowserIT {

    ChromeDriver browser;

    @AfterEach
    void close() {
        Browser.close(browser);
    }

    @Test
    void aResidentGetsADomicileLetterWithoutVisitingTheOffice() throws Exception {
        LetterTestVillages.Village v = LetterTestVillages.create();
        String base = Http.BASE + v.prefix();
        browser = Browser.open();

        // The admin switches the sekdes step off: the kades signs what the operator checked.
        logIn(base, v.adminEmail(), v.password());
        browser.get(base + "/kantor/surat/pengaturan");
        WebElement step = browser.findElement(By.id("settings:secretaryStep"));
        if (step.isSelected()) {
            step.click();
        }
        click("settings:save");
        assertTrue(text().contains("Pengaturan tersimpan"), text());
        logOut();

        logIn(base, v.residentEmail(), v.password());
        browser.get(base + "/surat");
        Browser.screenshot(browser, "letters-01-catalogue");
        browser.findElement(By.linkText("Surat Keterangan Domisili")).click();
        Browser.screenshot(browser, "letters-02-type");
        click("start:go");
        browser.findElement(By.cssSelector("input[value=SELF]")).click();
        Browser.screenshot(browser, "letters-03-for-whom");
        click("subject:next");
        type("answers:f-keperluan", "Mendaftar sekolah anak");
        type("answers:f-lama_tinggal", "12 tahun");
        Browser.screenshot(browser, "letters-04-answers");
        click("answers:next");
        Path ktp = Files.write(WorkDirs.create("scan-").resolve("ktp.jpg"), TestPictures.jpeg(900, 560));
        Path kk = Files.write(WorkDirs.create("scan-").resolve("kk.jpg"), TestPictures.jpeg(900, 600));
        browser.findElement(By.id("scans:file-ktp")).sendKeys(ktp.toString());
        browser.findElement(By.id("scans:file-kk")).sendKeys(kk.toString());
        click("scans:upload");
        assertTrue(text().contains("Dokumen tersimpan"), text());
        Browser.screenshot(browser, "letters-05-documents");
        click("scansDone:next");
        Browser.screenshot(browser, "letters-06-review");
        click("submit:go");
        String reference = browser.findElement(By.id("reference")).getText();
        assertTrue(text().contains("Diajukan"), text());
        Browser.screenshot(browser, "letters-07-submitted");
        logOut();

        logIn(base, v.operatorEmail(), v.password());
        browser.get(base + "/kantor/surat");
        Browser.screenshot(browser, "letters-08-operator-inbox");
        browser.findElement(By.linkText(reference)).click();
        Browser.screenshot(browser, "letters-09-operator-request");
        click("act:check");
        assertTrue(text().contains("Permohonan diteruskan"), text());
        logOut();

        logIn(base, v.headEmail(), v.password());
        browser.get(base + "/kantor");
        Browser.screenshot(browser, "letters-10-kades-office");
        browser.get(base + "/kantor/surat");
        browser.findElement(By.linkText(reference)).click();
        type("act:password", v.password());
        Browser.screenshot(browser, "letters-11-kades-signs");
        click("act:sign");
        assertTrue(text().contains("Surat ditandatangani dan terbit"), text());
        Browser.screenshot(browser, "letters-12-signed");
        logOut();

        logIn(base, v.residentEmail(), v.password());
        assertTrue(text().contains(reference), "my requests on /akun: " + text());
        Browser.screenshot(browser, "letters-13-resident-home");
        browser.findElement(By.linkText(reference)).click();
        assertTrue(browser.findElement(By.id("state")).getText().contains("Terbit"), text());
        Browser.screenshot(browser, "letters-14-issued");
        String pdf = browser.findElement(By.id("download")).getAttribute("href");
        Http resident = v.as(v.residentEmail());
        var download = resident.raw(pdf.substring(Http.BASE.length()));
        assertEquals(200, download.statusCode());
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(LetterPdfs.pdfsig(download.body()).contains("Signature is Valid."), "the letter as signed");
    }

    void logIn(String base, String email, String password) {
        browser.get(base + "/masuk");
        Browser.logIn(browser, email, password);
    }

    void logOut() {
        click("logout:go");
    }

    void type(String id, String text) {
        Browser.type(browser, id, text);
    }

    String text() {
        return Browser.text(browser);
    }

    void click(String id) {
        Browser.click(browser, By.id(id));
    }
}
