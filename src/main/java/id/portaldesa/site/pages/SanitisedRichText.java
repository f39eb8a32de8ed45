package id.portaldesa.site.pages;

import id.portaldesa.shared.html.RichText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A page's body through the shared allow-list ({@link RichText}, without pictures: a page's files are
 * its attachments). The admin types into a plain text area: blank lines part paragraphs and a line
 * break stays one, so no markup is needed; the markup the allow-list knows (links, lists, headings,
 * emphasis) may be typed too. Everything else, scripts, event handlers, styles and {@code javascript:}
 * links included, is removed on save.
 */
@ApplicationScoped
public class SanitisedRichText implements RichTextPolicy {

    private static final RichText POLICY = RichText.withoutImages();
    /** A paragraph the admin began with a block of their own is not wrapped in another. */
    private static final Pattern BLOCK = Pattern.compile(
            "^<(p|h[2-4]|ul|ol|blockquote|pre|hr|figure)[\\s>/].*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern ONLY_PARAGRAPHS = Pattern.compile("(?s)(<p>(?:(?!</?p>).)*</p>\\s*)+");

    @Override
    public String sanitise(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        String html = Arrays.stream(typed.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .map(p -> BLOCK.matcher(p).matches() ? p : "<p>" + p.replaceAll("\\R", "<br>") + "</p>")
                .collect(Collectors.joining("\n"));
        return POLICY.sanitize(html);
    }

    /** Paragraphs back into blank lines when the body is nothing but paragraphs; else the HTML as stored. */
    @Override
    public String editable(String safeHtml) {
        if (safeHtml == null || safeHtml.isEmpty()) {
            return "";
        }
        String trimmed = safeHtml.strip();
        if (!ONLY_PARAGRAPHS.matcher(trimmed).matches()) {
            return trimmed;
        }
        return trimmed.replaceAll("</p>\\s*<p>", "\n\n")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceFirst("^<p>", "")
                .replaceFirst("</p>$", "");
    }

    @Override
    public String plainText(String safeHtml) {
        return RichText.plainText(safeHtml);
    }
}
