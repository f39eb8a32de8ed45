package id.portaldesa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WhatsAppTest {

    @Test
    void numbersAreNormalisedFromHowPeopleWriteThem() {
        for (String typed : new String[] {
            "081234567890",
            "0812-3456-7890",
            "0812 3456 7890",
            "+62 812 3456 7890",
            "+62-812-3456-7890",
            "6281234567890",
            "62 812-3456-7890",
            " (0812) 3456.7890 "
        }) {
            assertEquals(Optional.of("6281234567890"), WhatsApp.normalise(typed), typed);
        }
    }

    @Test
    void whatIsNoIndonesianMobileNumberIsRefused() {
        for (String typed : new String[] {
            "",
            "  ",
            "0746-21234",
            "+1 415 555 0100",
            "0812",
            "08123456789012345",
            "nomor saya",
            "0812345678x",
            "javascript:alert(1)",
            "62812\"onclick=\"x",
            "+62 21 5551234"
        }) {
            assertEquals(Optional.empty(), WhatsApp.normalise(typed), typed);
        }
        assertEquals(Optional.empty(), WhatsApp.normalise(null));
    }

    @Test
    void theOrderLinkOpensAChatWithTheMessageTypedIn() {
        String link = WhatsApp.chat(
                "6281234567890",
                "Halo, saya ingin memesan Keripik & Kopi (Rp15.000) https://desa.id/produk/keripik?x=1#a");
        URI uri = URI.create(link);
        assertEquals("https", uri.getScheme());
        assertEquals("wa.me", uri.getHost());
        assertEquals("/6281234567890", uri.getPath());
        assertTrue(uri.getRawQuery().startsWith("text="));
        assertFalse(link.contains(" ") || link.contains("+") || link.contains("#"), link);
        assertEquals(
                "Halo, saya ingin memesan Keripik & Kopi (Rp15.000) https://desa.id/produk/keripik?x=1#a",
                URLDecoder.decode(uri.getRawQuery().substring(5), StandardCharsets.UTF_8));
    }

    @Test
    void aLinkIsNeverBuiltFromANumberThatWasNotNormalised() {
        assertThrows(IllegalArgumentException.class, () -> WhatsApp.chat("081234567890", "x"));
        assertThrows(IllegalArgumentException.class, () -> WhatsApp.chat("62812\"><script>", "x"));
        assertThrows(IllegalArgumentException.class, () -> WhatsApp.chat(null, "x"));
    }

    @Test
    void theShareLinkLetsTheVisitorChooseWhomToSendTo() {
        assertEquals(
                "https://wa.me/?text=Kopi%20Robusta%20https%3A%2F%2Fx.id%2Fp",
                WhatsApp.share("Kopi Robusta https://x.id/p"));
    }

    @Test
    void storedNumbersAreShownAsPeopleReadThem() {
        assertEquals("0812-3456-7890", WhatsApp.display("6281234567890"));
        assertEquals("", WhatsApp.display("nonsense"));
    }
}
