package id.portaldesa.letters.issue.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The QR code printed on a letter: its verification address, as a black-and-white PNG with a quiet
 * zone, several pixels a module so that a scaled print and a phone camera both read it.
 */
public final class QrCodes {

    /** Pixels per module: sharp when the PDF scales the picture to about 25 mm. */
    static final int SCALE = 8;

    /** The quiet zone the standard asks for, in modules. */
    static final int QUIET_ZONE = 4;

    private QrCodes() {}

    /** Masks to try after the encoder's own choice, when a reader cannot find the code. */
    static final int MASKS = 8;

    /**
     * A PNG of the QR code of this text (medium error correction: a stamp or a fold may cover part
     * of it), checked by reading it back. With the encoder's choice of mask, about 1 in 100 random
     * verification addresses (21 and 38 of 2,000) gave a code ZXing's reader could not find even in
     * the clean picture: a resident's phone may fail the same way. The next mask that reads back is
     * printed instead.
     */
    public static byte[] png(String text) {
        BufferedImage first = image(encode(text, -1));
        if (readsBack(first, text)) {
            return png(first);
        }
        for (int mask = 0; mask < MASKS; mask++) {
            BufferedImage other = image(encode(text, mask));
            if (readsBack(other, text)) {
                return png(other);
            }
        }
        return png(first);
    }

    /**
     * Medium error correction, no margin (the picture draws its own quiet zone), the UTF-8
     * designator only for a text that needs it (a verification address is ASCII), and the mask
     * given, or the encoder's choice for -1.
     */
    static BitMatrix encode(String text, int mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        if (mask >= 0) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("No QR code for a text of " + text.length() + " characters", e);
        }
    }

    /** Whether a reader finds the code in the picture (as on a page, not told it is a bare code). */
    static boolean readsBack(BufferedImage image, String text) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        try {
            Result read = new QRCodeReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(source)),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return text.equals(read.getText());
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return false;
        }
    }

    private static BufferedImage image(BitMatrix matrix) {
        int modules = matrix.getWidth();
        int side = (modules + 2 * QUIET_ZONE) * SCALE;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        var g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, side, side);
            g.setColor(java.awt.Color.BLACK);
            for (int y = 0; y < modules; y++) {
                for (int x = 0; x < modules; x++) {
                    if (matrix.get(x, y)) {
                        g.fillRect((x + QUIET_ZONE) * SCALE, (y + QUIET_ZONE) * SCALE, SCALE, SCALE);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(4096);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
