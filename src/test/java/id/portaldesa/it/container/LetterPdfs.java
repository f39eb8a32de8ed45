package id.portaldesa.it.container;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads an issued letter back as a verifier would: its text, its QR code from the rendered page, and
 * what poppler's {@code pdfsig} says of its signature (with or without the authority as trusted). Used
 * by unit tests and in the container alike (only zxing's core and PDFBox, both in the WAR).
 */
public final class LetterPdfs {

    private LetterPdfs() {}

    /** The text of every page, as PDFBox extracts it. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // In reading order: a bold name wrapped over two lines otherwise comes out in pieces.
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR code on the first page, decoded from a 200 dpi rendering. */
    public static String qr(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
            return new MultiFormatReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(source)),
                            java.util.Map.of(
                                    com.google.zxing.DecodeHintType.TRY_HARDER,
                                    Boolean.TRUE,
                                    com.google.zxing.DecodeHintType.POSSIBLE_FORMATS,
                                    java.util.List.of(com.google.zxing.BarcodeFormat.QR_CODE)))
                    .getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException e) {
            throw new AssertionError("No QR code found on the letter's first page", e);
        }
    }

    /** What {@code pdfsig} prints for the file (it exits 0 even on a mismatch: read the text). */
    public static String pdfsig(byte[] pdf) {
        return pdfsig(pdf, null);
    }

    /**
     * {@code pdfsig} with the authority's certificate (PEM) trusted in a fresh NSS database, so it can
     * say "Certificate is Trusted."; null for no trust store.
     */
    public static String pdfsig(byte[] pdf, String authorityPem) {
        try {
            Path dir = Files.createTempDirectory("pdfsig");
            try {
                Path file = dir.resolve("letter.pdf");
                Files.write(file, pdf);
                List<String> command = new ArrayList<>(List.of("pdfsig"));
                if (authorityPem != null) {
                    Path nss = Files.createDirectory(dir.resolve("nss"));
                    Path ca = dir.resolve("ca.pem");
                    Files.writeString(ca, authorityPem);
                    run(List.of("certutil", "-N", "-d", "sql:" + nss, "--empty-password"));
                    run(List.of(
                            "certutil",
                            "-A",
                            "-d",
                            "sql:" + nss,
                            "-n",
                            "portal-ca",
                            "-t",
                            "C,C,C",
                            "-i",
                            ca.toString()));
                    command.addAll(List.of("-nssdir", "sql:" + nss));
                }
                command.add(file.toString());
                return run(command);
            } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish");
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The same bytes with one byte changed (inside the signed range, in the page content). */
    public static byte[] tampered(byte[] pdf, int at) {
        byte[] copy = pdf.clone();
        copy[at] = (byte) (copy[at] ^ 0x01);
        return copy;
    }
}
