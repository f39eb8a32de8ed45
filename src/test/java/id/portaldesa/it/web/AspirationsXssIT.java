package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The XSS corpus (src/test/resources/xss/payloads.txt) typed by a resident into an aspiration's
 * title, description and location and by an official into the answer comes out inert on every page
 * that shows participation content: the list, each aspiration, the home page, the search, the
 * resident's own list and the office's pages.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AspirationsXssIT {

    @Test
    void everyPayloadRendersInertOnEveryParticipationPage() throws Exception {
        ParticipationVillages.Village v = ParticipationVillages.create();
        List<String> payloads = CatalogueXssIT.PAYLOADS;
        assertTrue(payloads.size() >= 50, "the corpus has " + payloads.size());
        List<Long> ids = ParticipationVillages.withPayloads(v, payloads);
        String prefix = v.prefix();
        Http visitor = new Http();
        for (int page = 1; page <= (ids.size() + 9) / 10; page++) {
            CatalogueXssIT.inert(visitor.get(prefix + "/aspirasi?hal=" + page), "list page " + page);
        }
        for (long id : ids) {
            CatalogueXssIT.inert(visitor.get(prefix + "/aspirasi/" + id), "aspiration " + id);
        }
        CatalogueXssIT.inert(visitor.get(prefix + "/"), "home");
        CatalogueXssIT.inert(visitor.get(prefix + "/cari?q=script"), "search");
        Http author = v.as(v.base().residentEmail());
        CatalogueXssIT.inert(author.get(prefix + "/aspirasi/saya"), "mine");
        CatalogueXssIT.inert(author.get(prefix + "/akun"), "notifications");
        Http official = v.as(v.base().officialEmail());
        for (long id : ids) {
            Http.Page office = official.get(prefix + "/kantor/aspirasi/detail?id=" + id);
            assertTrue(office.status() == 200, office.text());
            assertTrue(
                    office.html().select("script:not([nonce])").isEmpty(), "office " + id + ": a script without nonce");
        }
    }
}
