package id.portaldesa.letters.issue.pdf;

import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The letter as an HTML document for the PDF renderer. Every text of {@link LetterContent} is set as
 * text (escaped by jsoup); the body, HTML already filled and escaped by the letters feature, is cleaned
 * once more with an allow-list (no images, links, scripts or anything that loads), so a template can
 * never make the server fetch or print anything but itself.
 */
final class LetterHtml {

    /** What a letter's body may contain: text formatting, lists and tables, with their alignment. */
    static final Safelist BODY = Safelist.relaxed()
            .removeTags("img", "a")
            .addTags("span", "div", "hr", "center")
            .addAttributes(":all", "class", "style", "align")
            .addAttributes("td", "width", "valign")
            .addAttributes("th", "width", "valign")
            .addAttributes("table", "width", "cellpadding", "cellspacing", "border");

    private LetterHtml() {}

    static Document of(LetterContent letter) {
        Document html = Document.createShell("");
        html.outputSettings().prettyPrint(false);
        html.title(letter.documentTitle() == null ? letter.title() : letter.documentTitle());
        html.head().appendElement("style").appendText(css(letter));
        Element body = html.body();

        Element footer = body.appendElement("div").addClass("footer");
        footer.appendElement("span").text(letter.footerNote() == null ? "" : letter.footerNote() + " ");
        footer.appendElement("span").addClass("address").text(letter.verificationAddress());

        Element head = body.appendElement("table").addClass("kop");
        Element row = head.appendElement("tr");
        Element logoCell = row.appendElement("td").addClass("logo");
        if (letter.logo() != null) {
            logoCell.appendElement("img")
                    .attr("src", dataUri(imageType(letter.logo()), letter.logo()))
                    .attr("alt", "");
        }
        Element lines = row.appendElement("td").addClass("lines");
        for (int i = 0; i < letter.letterhead().size(); i++) {
            lines.appendElement("div")
                    .addClass(i < letter.headlineCount() ? "headline headline-" + i : "address")
                    .text(letter.letterhead().get(i));
        }
        row.appendElement("td").addClass("logo");

        Document template = Jsoup.parseBodyFragment(letter.bodyHtml());
        // A template that places the number itself (the letters' shipped types do) writes its own
        // heading around it; printing ours too would show the title and number twice.
        if (template.select("." + LetterContent.NUMBER_CLASS).isEmpty()) {
            Element title = body.appendElement("div").addClass("title");
            title.appendElement("div").addClass("name").text(letter.title());
            title.appendElement("div").addClass("number").text(letter.numberLabel() + " " + letter.number());
        }

        Element content = body.appendElement("div").addClass("content");
        Document filled = new Cleaner(BODY).clean(template);
        for (var node : filled.body().childNodesCopy()) {
            content.appendChild(node);
        }

        Element closing = body.appendElement("table").addClass("closing");
        Element closingRow = closing.appendElement("tr");
        closingRow.appendElement("td").addClass("spacer");
        Element sign = closingRow.appendElement("td").addClass("sign");
        sign.appendElement("div").text(letter.placeAndDate());
        if (letter.signingNote() != null && !letter.signingNote().isBlank()) {
            sign.appendElement("div").text(letter.signingNote());
        }
        sign.appendElement("div").text(letter.signerTitle());
        sign.appendElement("div")
                .addClass("qr")
                .appendElement("img")
                .attr("src", dataUri("image/png", letter.qrPng()))
                .attr("alt", letter.verificationAddress());
        sign.appendElement("div").addClass("signer").text(letter.signerName());
        return html;
    }

    private static String css(LetterContent letter) {
        return "@page { size: " + letter.paper().cssSize() + "; margin: 15mm 20mm 22mm 25mm;"
                + " @bottom-center { content: element(footer); } }"
                + " body { font-family: '" + LetterFonts.TEXT_FAMILY + "', '" + LetterFonts.FALLBACK_FAMILY + "';"
                + " font-size: 11pt; line-height: 1.35; color: #000; }"
                + " .footer { position: running(footer); font-size: 7.5pt; color: #333; text-align: center; }"
                + " table.kop { width: 100%; border-collapse: collapse; border-bottom: 3px double #000; }"
                + " table.kop td { vertical-align: middle; padding: 0 0 2mm 0; }"
                + " td.logo { width: 22mm; } td.logo img { width: 20mm; height: auto; }"
                + " td.lines { text-align: center; }"
                + " .headline { font-weight: bold; font-size: 12.5pt; letter-spacing: 0.3pt; }"
                + " .headline-0 { font-size: 13.5pt; }"
                + " .address { font-size: 9pt; }"
                + " .title { text-align: center; margin: 7mm 0 5mm 0; }"
                + " .title .name { font-weight: bold; text-decoration: underline; font-size: 12pt;"
                + " text-transform: uppercase; }"
                + " .content { text-align: justify; }"
                + " .content table { border-collapse: collapse; }"
                + " .content td { vertical-align: top; padding: 0 2mm 0 0; }"
                + " table.closing { width: 100%; margin-top: 8mm; page-break-inside: avoid; }"
                + " td.spacer { width: 50%; } td.sign { text-align: center; vertical-align: top; }"
                + " .qr img { width: 26mm; height: 26mm; margin: 2mm 0; }"
                + " .signer { font-weight: bold; text-decoration: underline; }";
    }

    /** JPEG by its first bytes, else PNG (the two a logo is stored as). */
    static String imageType(byte[] image) {
        return image.length > 2 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8 ? "image/jpeg" : "image/png";
    }

    private static String dataUri(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
