package id.portaldesa.letters.issue.pdf;

import id.portaldesa.letters.issue.numbering.Paper;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on one letter, already decided: the renderer only lays it out.
 *
 * @param letterhead the kop surat's lines, top to bottom (e.g. PEMERINTAH KABUPATEN MERANGIN,
 *     KECAMATAN BANGKO, DESA KUNGKAI), the last one or two smaller (address, contact)
 * @param headlineCount how many of the letterhead's lines are printed large; the rest are the address lines
 * @param logo the village's logo (PNG or JPEG), or null
 * @param title the letter type's name, printed as the letter's title
 * @param number the letter number
 * @param bodyHtml the filled template: HTML whose values are escaped already
 * @param placeAndDate e.g. {@code Kungkai, 3 Desember 2026}
 * @param signingNote e.g. {@code a.n. Kepala Desa Kungkai}, or null
 * @param signerTitle e.g. {@code Plt. Kepala Desa Kungkai}
 * @param signerName the official's name at the time of signing
 * @param qrPng the QR code of the verification address
 * @param verificationAddress printed under the QR code and in the footer
 * @param footerNote the footer's sentence about the electronic signature
 * @param documentTitle the PDF's title (metadata)
 */
public record LetterContent(
        List<String> letterhead,
        int headlineCount,
        byte[] logo,
        String title,
        String number,
        String numberLabel,
        String bodyHtml,
        String placeAndDate,
        String signingNote,
        String signerTitle,
        String signerName,
        byte[] qrPng,
        String verificationAddress,
        String footerNote,
        Paper paper,
        String documentTitle) {

    /**
     * The class of the element where a body places the letter's number ({@code <span
     * class="letter-number">}); a body that has one writes its own title and number, else the letter's
     * title and number are printed above it.
     */
    public static final String NUMBER_CLASS = "letter-number";

    public LetterContent {
        letterhead = List.copyOf(letterhead);
        Objects.requireNonNull(title);
        Objects.requireNonNull(number);
        Objects.requireNonNull(bodyHtml);
        Objects.requireNonNull(signerName);
        Objects.requireNonNull(qrPng);
        Objects.requireNonNull(paper);
    }
}
