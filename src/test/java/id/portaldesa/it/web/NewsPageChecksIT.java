package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * * The news pages a visitor reads on a phone (the list, its first page by number, an article with its cover and
 * text markup) pass the Nu Html Checker without errors and axe-core without serious or critical
 * violations, and do not scroll sideways at 360 px: the checks of {@code PublicPageChecksIT}.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class NewsPageChecksIT {

    ChromeDriver driver;

    @AfterEach
    void close() {
        Browser.close(driver);
    }

    @Test
    void theNewsPagesPassTheChecks() throws Exception {
        TestVillages.Village village = TestVillages.create();
        NewsDesk desk = NewsDesk.of(village);
        Http.Page editor = desk.publishWithCover(
                "Panen Raya Padi di Dusun Sungai Lebar Bersama Penyuluh Pertanian Kecamatan",
                "Warga memanen padi bersama.\n\n## Hasil\n- Padi: 6 ton\n- Jagung: 2 ton\n\n> Hasil tahun ini baik.\n\n"
                        + "Baca [aturan desa](https://jdih.example.test/perdes) dan **tanya** _penyuluh_.",
                NewsDesk.photo());
        String slug = NewsDesk.slugOf(editor);
        desk.publish("Kabar Kedua", "Isi kedua.");

        driver = Browser.open();
        List<String> failures = new ArrayList<>();
        for (String path : List.of(
                village.prefix() + "/berita",
                village.prefix() + "/berita?hal=1",
                village.prefix() + "/berita/" + slug)) {
            Http.Page served = new Http().get(path);
            assertEquals(200, served.status(), path);
            PageChecks.htmlErrors(served.body()).forEach(e -> failures.add(path + " html " + e));
            driver.get(Http.BASE + path);
            PageChecks.axeViolations(driver).forEach(v -> failures.add(path + " axe " + v));
            if (PageChecks.scrollsSidewaysAt360(driver)) {
                failures.add(path + " scrolls sideways at 360 px");
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
