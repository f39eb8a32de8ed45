package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every public page a visitor on a phone reads passes the Nu Html Checker without errors, axe-core
 * without serious or critical violations, and does not scroll sideways at 360 px.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PublicPageChecksIT {

    static ChromeDriver driver;
    static TestVillages.Village village;

    @BeforeAll
    static void open() {
        driver = Browser.open();
        village = TestVillages.create();
        SiteAdmin.logIn(village).publishPage("Badan Permusyawaratan Desa", "Anggota BPD.\n\n- Ketua\n- Sekretaris");
    }

    @AfterAll
    static void close() {
        Browser.close(driver);
    }

    /** The public pages of a village and of the platform, as a visitor reaches them. */
    static List<String> pages() {
        List<String> pages = new ArrayList<>();
        pages.add("/");
        pages.add("/?q=" + village.name().split(" ")[0]);
        pages.add(village.prefix() + "/");
        pages.add(village.prefix() + "/masuk");
        pages.add(village.prefix() + "/daftar");
        pages.add(village.prefix() + "/profil");
        pages.add(village.prefix() + "/cari?q=desa");
        pages.add(village.prefix() + "/halaman/badan-permusyawaratan-desa");
        return pages;
    }

    @Test
    void everyPublicPagePassesTheChecks() {
        List<String> failures = new ArrayList<>();
        pages().forEach(path -> failures.addAll(PageChecks.failures(driver, path)));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
