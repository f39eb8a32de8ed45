package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.letters.issue.IssuedLetter;
import id.portaldesa.letters.issue.LetterIssuer;
import id.portaldesa.shared.NotFoundException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Another village's issued letter, by its id or its request's id, answers exactly like a missing one
 * for every service method of the issuing side, even to that village's own kades.
 */
@ExtendWith(ArquillianExtension.class)
class LettersIssueCrossVillageServiceIT {

    @Inject
    LetterIssuing issuing;

    @Inject
    LetterIssuer issuer;

    @Test
    void anotherVillagesLetterIsNotFound() {
        long request = LetterIssuing.newRequestId();
        issuing.freshVillageWithKades();
        IssuedLetter mine = issuing.issue(LetterIssuing.order(request, "Warga A", LocalDate.now()));

        issuing.freshVillageWithKades();
        assertTrue(issuer.ofRequest(request).isEmpty());
        assertThrows(NotFoundException.class, () -> issuing.pdfOf(mine.id()));
        assertThrows(NotFoundException.class, () -> issuing.revoke(mine.id(), "bukan surat kami"));
    }
}
