package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The verification address belongs to the platform host only: through a village (by slug path or by
 * the village's own domain, its own or another's) it is not found, so a letter cannot be shown as if
 * another village had issued it, and a printed code does not depend on a slug or domain.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class LettersIssueCrossVillageIT {

    @Test
    void aVerificationAddressIsNotFoundThroughAnyVillage() {
        IssuedLetters.Letter letter = IssuedLetters.issue(true, null);
        TestVillages.Village other = TestVillages.createWithDomain();
        Http visitor = new Http();
        assertEquals(200, visitor.get(letter.path()).status());
        for (String prefix : new String[] {"/" + letter.slug(), other.prefix()}) {
            Http.Page page = visitor.get(prefix + letter.path());
            assertEquals(404, page.status(), prefix);
            assertFalse(page.body().contains(letter.number()), prefix);
            assertEquals(404, visitor.get(prefix + "/v/ca.crt").status(), prefix);
            Http.Page api = visitor.get(prefix + "/api/v1/verifikasi/" + letter.token());
            assertEquals(404, api.status(), prefix);
            assertFalse(api.body().contains(letter.number()), prefix);
        }
        Http byOwnDomain = new Http(Http.BASE, "Host", letter.domain());
        assertEquals(404, byOwnDomain.get(letter.path()).status());
        assertEquals(
                404, byOwnDomain.get("/api/v1/verifikasi/" + letter.token()).status());
        assertEquals(404, other.visitorByDomain().get(letter.path()).status());
        assertEquals(404, other.visitorByDomain().get("/v/ca.crt").status());
    }
}
