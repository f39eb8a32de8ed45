package id.portaldesa.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML a template may hold, by allow-list: paragraphs, line breaks, emphasis, lists, headings,
 * tables, and a few layout classes the letter's style sheet knows ({@link #CLASSES}); no style
 * attributes (the back office's CSP refuses them), no links, no scripts, nothing else. Applied when a
 * template is saved or imported, so what is stored is what is rendered. Placeholders survive it.
 */
public final class TemplateHtml {

    /** Layout classes a template may use; the letter's and the preview's style sheets define them. */
    public static final List<String> CLASSES =
            List.of("text-left", "text-center", "text-right", "text-justify", "indent", "fields", "underline", "small");

    private static final Pattern CLASS_VALUE =
            Pattern.compile("(?:" + String.join("|", CLASSES) + ")(?:\\s+(?:" + String.join("|", CLASSES) + "))*");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p", "br", "b", "strong", "i", "em", "u", "ol", "ul", "li", "table", "thead", "tbody", "tr", "td",
                    "th", "h1", "h2", "h3", "h4", "div", "span", "hr", "small", "sup", "sub")
            .allowAttributes("class")
            .matching(CLASS_VALUE)
            .globally()
            .allowAttributes("colspan", "rowspan")
            .matching(Pattern.compile("[1-9]"))
            .onElements("td", "th")
            .toFactory();

    private TemplateHtml() {}

    /**
     * The template with everything outside the allow-list removed. Placeholders are set aside first
     * (the sanitiser breaks up double braces, a defence for pages that run client-side templates) and
     * put back, in their plain form, afterwards.
     */
    public static String sanitise(String html) {
        String nonce = "pdph" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> names = new ArrayList<>();
        Matcher m = LetterTemplate.PLACEHOLDER.matcher(html);
        StringBuilder marked = new StringBuilder();
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(marked, nonce + "x" + (names.size() - 1) + "x");
        }
        m.appendTail(marked);
        String clean = POLICY.sanitize(marked.toString());
        Matcher back = Pattern.compile(nonce + "x(\\d+)x").matcher(clean);
        StringBuilder out = new StringBuilder();
        while (back.find()) {
            back.appendReplacement(
                    out, Matcher.quoteReplacement("{{" + names.get(Integer.parseInt(back.group(1))) + "}}"));
        }
        back.appendTail(out);
        return out.toString();
    }
}
