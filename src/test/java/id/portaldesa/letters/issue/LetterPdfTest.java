package id.portaldesa.letters.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.LetterPdfs;
import id.portaldesa.letters.issue.numbering.Paper;
import id.portaldesa.letters.issue.pdf.LetterContent;
import id.portaldesa.letters.issue.pdf.LetterFonts;
import id.portaldesa.letters.issue.pdf.LetterRenderer;
import id.portaldesa.letters.issue.pdf.QrCodes;
import id.portaldesa.letters.issue.signing.Certificates;
import id.portaldesa.letters.issue.signing.PadesSignature;
import id.portaldesa.letters.issue.signing.SignatureDetails;
import id.portaldesa.letters.issue.signing.SigningKey;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A letter rendered and signed outside the container, read back as a verifier would: the text with a
 * name full of diacritics, quotes and an emoji, the QR code, the PAdES attributes, and poppler's pdfsig.
 */
class LetterPdfTest {

    static final String NAME = "Ni Luh Ayu Pradnyā Déwi O’Neil “Sang Juara” 😀";
    static final String NUMBER = "400.12.2.1/012/KGK/XII/2026";
    static final String ADDRESS = "https://desa.example.go.id/v/Qm9uZ2thcnV0LXJhbmRvbS10b2tlbi1vZi00My1jaGFycw";

    static LetterRenderer renderer;
    static SigningKey authority;
    static SigningKey village;

    @BeforeAll
    static void keys() {
        renderer = new LetterRenderer(LetterFonts.from(Path.of("/usr/share/fonts/truetype")));
        authority = TestSigningKeys.authority("desa.example.go.id");
        village = TestSigningKeys.kungkai(authority);
    }

    static LetterContent letter(String body, Paper paper) {
        return new LetterContent(
                List.of(
                        "PEMERINTAH KABUPATEN MERANGIN",
                        "KECAMATAN BANGKO",
                        "DESA KUNGKAI",
                        "Jl. Lintas Sumatera Km 5, Kungkai · 0746-21234"),
                3,
                null,
                "Surat Keterangan Domisili",
                NUMBER,
                "Nomor:",
                body,
                "Kungkai, 3 Desember 2026",
                null,
                "Plt. Kepala Desa Kungkai",
                "Bambang Sutrisno",
                QrCodes.png(ADDRESS),
                ADDRESS,
                "Dokumen ini ditandatangani secara elektronik. Periksa keasliannya di",
                paper,
                "Surat Keterangan Domisili " + NUMBER);
    }

    static byte[] signed(byte[] pdf) {
        return PadesSignature.sign(
                pdf,
                village,
                new SignatureDetails(
                        "Bambang Sutrisno",
                        "Surat Keterangan Domisili " + NUMBER,
                        "Kungkai",
                        ZonedDateTime.now(ZoneId.of("Asia/Jakarta"))));
    }

    static String body() {
        return "<p>Yang bertanda tangan di bawah ini menerangkan bahwa:</p><table><tr><td>Nama</td><td>: "
                + NAME.replace("<", "&lt;") + "</td></tr><tr><td>Alamat</td><td>: RT 001/RW 002</td></tr></table>"
                + "<p><i>Demikian</i> surat ini dibuat untuk dipergunakan <b>seperlunya</b>.</p>";
    }

    @Test
    void theLetterReadsBackWithItsNameNumberAndQrCode() {
        byte[] pdf = signed(renderer.render(letter(body(), Paper.A4)));
        String text = LetterPdfs.text(pdf);
        assertTrue(text.contains(NUMBER), text);
        assertTrue(text.contains("Ni Luh Ayu Pradnyā Déwi O’Neil “Sang Juara”"), text);
        assertTrue(text.contains("😀"), "the emoji prints from the fallback font: " + text);
        assertTrue(text.contains("PEMERINTAH KABUPATEN MERANGIN"), text);
        assertEquals(ADDRESS, LetterPdfs.qr(pdf));
    }

    @Test
    void theTitleAndNumberArePrintedOnceWhetherTheTemplatePlacesThemOrNot() {
        String ours = LetterPdfs.text(renderer.render(letter(body(), Paper.A4)));
        assertEquals(1, count(ours, NUMBER), ours);
        assertEquals(1, count(ours.toUpperCase(Locale.ROOT), "SURAT KETERANGAN DOMISILI"), ours);

        String ownHeading = "<h3>SURAT KETERANGAN DOMISILI</h3><p>Nomor: <span class=\"letter-number\">" + NUMBER
                + "</span></p>" + body();
        String theirs = LetterPdfs.text(renderer.render(letter(ownHeading, Paper.A4)));
        assertEquals(1, count(theirs, NUMBER), theirs);
        assertEquals(1, count(theirs.toUpperCase(Locale.ROOT), "SURAT KETERANGAN DOMISILI"), theirs);
    }

    static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void pdfsigFindsTheSignatureValidAndCoveringTheWholeFile() {
        byte[] pdf = signed(renderer.render(letter(body(), Paper.F4)));
        String report = LetterPdfs.pdfsig(pdf);
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("Total document signed"), report);
        assertTrue(report.contains("ETSI.CAdES.detached"), report);
        String trusted = LetterPdfs.pdfsig(pdf, Certificates.pem(authority.certificate()));
        assertTrue(trusted.contains("Certificate is Trusted."), trusted);

        String broken = LetterPdfs.pdfsig(LetterPdfs.tampered(pdf, pdf.length / 3));
        assertTrue(broken.contains("Digest Mismatch"), broken);
        assertFalse(broken.contains("Signature is Valid."), broken);
    }

    @Test
    void theSignatureIsPadesBaselineB() throws Exception {
        byte[] pdf = signed(renderer.render(letter(body(), Paper.A4)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertEquals(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName(), signature.getSubFilter());
            assertNotNull(signature.getSignDate(), "the claimed time is in /M");
            int[] range = signature.getByteRange();
            assertEquals(0, range[0]);
            assertEquals(pdf.length, range[2] + range[3], "the byte range ends with the file");
            byte[] contents = signature.getContents(pdf);
            // PDFBox returns /Contents zero-padded: read the first ASN.1 object only.
            ASN1Primitive cms;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                cms = in.readObject();
            }
            SignerInformation signer = new CMSSignedData(cms.getEncoded())
                    .getSignerInfos()
                    .getSigners()
                    .iterator()
                    .next();
            assertNotNull(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
            assertNull(signer.getSignedAttributes().get(CMSAttributes.signingTime));
        }
        assertTrue(Arrays.equals(pdf, 0, 5, "%PDF-".getBytes(), 0, 5));
    }

    @Test
    void everyFaceIsEmbeddedSoItalicsAndBoldPrintAsTyped() throws Exception {
        byte[] pdf = renderer.render(letter(body(), Paper.A4));
        java.util.Set<String> fonts = new java.util.TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
        }
        assertTrue(fonts.contains("DejaVuSerif-Italic"), "the <i> face: " + fonts);
        assertTrue(fonts.contains("DejaVuSerif-Bold"), "the <b> face: " + fonts);
        assertTrue(fonts.contains("DejaVuSerif"), fonts.toString());
    }
}
