package id.portaldesa.letters.issue.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Every letter's QR code reads back, whatever its verification token. */
class QrCodesTest {

    @Test
    void everyVerificationAddressReadsBackFromItsPicture() throws IOException {
        Random random = new Random(20261206);
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            byte[] token = new byte[32];
            random.nextBytes(token);
            String address = "http://127.0.0.1:18080/v/"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(token);
            if (!QrCodes.readsBack(picture(QrCodes.png(address)), address)) {
                unread.add(address);
            }
        }
        assertEquals(List.of(), unread, "QR codes a reader cannot find");
    }

    @Test
    void aTextBeyondAsciiKeepsItsCharacters() throws IOException {
        String text = "https://désa.example/v/ñoño";
        assertTrue(QrCodes.readsBack(picture(QrCodes.png(text)), text));
    }

    static BufferedImage picture(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
