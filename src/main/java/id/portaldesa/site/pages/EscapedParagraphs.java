package id.portaldesa.site.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The body as plain text in paragraphs (blank lines part them), every character escaped: no markup
 * at all passes. Used until the shared rich-text allow-list is in place.
 */
@ApplicationScoped
public class EscapedParagraphs implements RichTextPolicy {

    @Override
    public String sanitise(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        return Arrays.stream(typed.strip().split("\\R\\s*\\R"))
                .map(p -> "<p>" + escape(p.strip()).replaceAll("\\R", "<br>") + "</p>")
                .collect(Collectors.joining("\n"));
    }

    @Override
    public String editable(String safeHtml) {
        if (safeHtml == null || safeHtml.isEmpty()) {
            return "";
        }
        return unescape(safeHtml.replace("</p>\n<p>", "\n\n")
                .replace("<br>", "\n")
                .replace("<p>", "")
                .replace("</p>", ""));
    }

    @Override
    public String plainText(String safeHtml) {
        return safeHtml == null
                ? ""
                : unescape(safeHtml.replaceAll("<[^>]*>", " "))
                        .replaceAll("\\s+", " ")
                        .strip();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
