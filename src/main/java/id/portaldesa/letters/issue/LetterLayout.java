package id.portaldesa.letters.issue;

import id.portaldesa.account.OfficialTitle;
import id.portaldesa.letters.issue.numbering.Paper;
import id.portaldesa.letters.issue.pdf.LetterContent;
import id.portaldesa.letters.issue.pdf.QrCodes;
import id.portaldesa.shared.site.VillageBranding;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What an issued letter prints, decided from the order, the number, the village (letterhead from the
 * village directory and {@link VillageBranding}) and the verification address. Letters are always in
 * Indonesian, whoever signs them.
 */
@ApplicationScoped
public class LetterLayout {

    static final String NUMBER_LABEL = "Nomor:";
    static final String FOOTER = "Dokumen ini ditandatangani secara elektronik. Periksa keaslian dan statusnya di";

    @Inject
    VillageBranding branding;

    public LetterContent content(
            IssueOrder order, String number, String verificationAddress, Paper paper, VillageRef village) {
        return new LetterContent(
                letterhead(village),
                3,
                branding.currentLogo().map(VillageBranding.Logo::image).orElse(null),
                order.typeName(),
                number,
                NUMBER_LABEL,
                withNumber(order.bodyHtml(), number),
                village.name() + ", " + LetterDates.indonesian(order.date()),
                order.signingNote(),
                order.signerTitle(),
                order.signerName(),
                QrCodes.png(verificationAddress),
                verificationAddress,
                FOOTER,
                paper,
                order.typeName() + " " + number);
    }

    /** The kop surat: regency, district, village, then the village's address and contact if known. */
    List<String> letterhead(VillageRef village) {
        List<String> lines = new ArrayList<>();
        lines.add("PEMERINTAH " + upper(village.regencyName()));
        lines.add("KECAMATAN " + upper(village.districtName()));
        lines.add(upper(kindOf(village.code()) + " " + village.name()));
        branding.of(village.id()).ifPresent(b -> {
            StringJoiner contact = new StringJoiner(" · ");
            for (String part : new String[] {b.postalAddress(), b.phone(), b.email()}) {
                if (part != null && !part.isBlank()) {
                    contact.add(part.strip());
                }
            }
            if (contact.length() > 0) {
                lines.add(contact.toString());
            }
        });
        return lines;
    }

    /** Kelurahan or Desa, by the village's Kemendagri code ({@link OfficialTitle#isKelurahan}). */
    static String kindOf(String code) {
        return code != null && OfficialTitle.isKelurahan(code) ? "Kelurahan" : "Desa";
    }

    /** The number written where the template put {@code <span class="letter-number">}. */
    static String withNumber(String bodyHtml, String number) {
        if (bodyHtml == null || !bodyHtml.contains(LetterContent.NUMBER_CLASS)) {
            return bodyHtml == null ? "" : bodyHtml;
        }
        Document body = Jsoup.parseBodyFragment(bodyHtml);
        body.outputSettings().prettyPrint(false);
        body.select("span." + LetterContent.NUMBER_CLASS).forEach(span -> span.text(number));
        return body.body().html();
    }

    private static String upper(String value) {
        return value == null ? "" : value.strip().toUpperCase(new Locale("id"));
    }
}
