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
 * Every public page of products and tourism a visitor reads on a phone passes the checks of
 * {@code PublicPageChecksIT}: the Nu Html Checker without errors, axe-core without serious or
 * critical violations, no sideways scrolling at 360 px. Covered: the catalogue (all, a category, a
 * search with and without hits, empty), a product with its photo, WhatsApp and share links, the
 * destinations and a destination with its map links, and the home and search pages showing them.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CataloguePageChecksIT {

    ChromeDriver driver;

    @AfterEach
    void close() {
        Browser.close(driver);
    }

    @Test
    void everyPublicCataloguePagePassesTheChecks() {
        CatalogueVillages.Catalogue catalogue = CatalogueVillages.create(false);
        String prefix = catalogue.village().prefix();
        TestVillages.Village empty = TestVillages.create();
        List<String> pages = List.of(
                prefix + "/produk",
                prefix + "/produk?kategori=" + catalogue.categorySlug(),
                prefix + "/produk?q=keripik",
                prefix + "/produk?q=tidak-ada-yang-cocok",
                prefix + "/produk/" + catalogue.productSlug(),
                prefix + "/wisata",
                prefix + "/wisata/" + catalogue.destinationSlug(),
                prefix + "/",
                prefix + "/cari?q=keripik",
                empty.prefix() + "/produk",
                empty.prefix() + "/wisata");

        List<String> withPhotos = List.of(
                prefix + "/produk",
                prefix + "/produk?kategori=" + catalogue.categorySlug(),
                prefix + "/produk/" + catalogue.productSlug(),
                prefix + "/wisata",
                prefix + "/wisata/" + catalogue.destinationSlug(),
                prefix + "/");

        driver = Browser.open();
        List<String> failures = new ArrayList<>();
        for (String path : pages) {
            Http.Page served = new Http().get(path);
            assertEquals(200, served.status(), path);
            if (withPhotos.contains(path)
                    && served.html().select("img.media-image").isEmpty()) {
                failures.add(path + " shows no photo (the checks would miss its img)");
            }
            PageChecks.htmlErrors(served.body()).forEach(e -> failures.add(path + " html " + e));
            driver.get(Http.BASE + path);
            PageChecks.awaitLoaded(driver);
            PageChecks.axeViolations(driver).forEach(v -> failures.add(path + " axe " + v));
            if (PageChecks.scrollsSidewaysAt360(driver)) {
                failures.add(path + " scrolls sideways at 360 px");
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
