package id.portaldesa.news;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor's small syntax, written in a plain text area (no toolbar, no script, so the back office's
 * strict CSP has nothing to allow), turned into HTML that is then sanitised like any rich text:
 *
 * <pre>
 * Paragraphs are separated by an empty line; a single line break stays one.
 * ## Subheading            ### Smaller subheading
 * - item (or * item)       1. numbered item
 * &gt; quotation
 * **bold**   _italic_   [link text](https://…)
 * ![description](media:12)   a picture of the village's own media, on a line of its own
 * </pre>
 *
 * Everything else is text: {@code <b>} typed here shows as {@code <b>}, never as markup.
 */
public final class ArticleText {

    private static final Pattern HEADING = Pattern.compile("^(#{2,3})\\s+(.+)$");
    private static final Pattern BULLET = Pattern.compile("^[-*]\\s+(.+)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)]\\s+(.+)$");
    private static final Pattern QUOTE = Pattern.compile("^>\\s?(.*)$");
    private static final Pattern IMAGE = Pattern.compile("^!\\[([^\\]]*)]\\(([^)\\s]+)\\)$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w])_(.+?)_(?![\\w])");

    private ArticleText() {}

    /** The HTML the text reads as; still to be sanitised before it is stored. */
    public static String toHtml(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        String listTag = null;
        for (String raw : source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.strip();
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            String itemTag = bullet.matches() ? "ul" : numbered.matches() ? "ol" : null;
            if (itemTag == null || !itemTag.equals(listTag)) {
                if (listTag != null) {
                    html.append("</").append(listTag).append('>');
                    listTag = null;
                }
            }
            if (itemTag != null) {
                flush(paragraph, html);
                if (listTag == null) {
                    html.append('<').append(itemTag).append('>');
                    listTag = itemTag;
                }
                String item = itemTag.equals("ul") ? bullet.group(1) : numbered.group(1);
                html.append("<li>").append(inline(item)).append("</li>");
                continue;
            }
            if (line.isEmpty()) {
                flush(paragraph, html);
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            Matcher quote = QUOTE.matcher(line);
            Matcher image = IMAGE.matcher(line);
            if (heading.matches()) {
                flush(paragraph, html);
                String tag = heading.group(1).length() == 2 ? "h2" : "h3";
                html.append('<').append(tag).append('>').append(inline(heading.group(2)));
                html.append("</").append(tag).append('>');
            } else if (image.matches()) {
                flush(paragraph, html);
                html.append("<p><img src=\"")
                        .append(escape(image.group(2)))
                        .append("\" alt=\"")
                        .append(escape(image.group(1)))
                        .append("\" /></p>");
            } else if (quote.matches()) {
                flush(paragraph, html);
                html.append("<blockquote><p>").append(inline(quote.group(1))).append("</p></blockquote>");
            } else {
                paragraph.add(line);
            }
        }
        if (listTag != null) {
            html.append("</").append(listTag).append('>');
        }
        flush(paragraph, html);
        return html.toString().replace("</blockquote><blockquote>", "");
    }

    private static void flush(List<String> paragraph, StringBuilder html) {
        if (paragraph.isEmpty()) {
            return;
        }
        html.append("<p>");
        for (int i = 0; i < paragraph.size(); i++) {
            if (i > 0) {
                html.append("<br />");
            }
            html.append(inline(paragraph.get(i)));
        }
        html.append("</p>");
        paragraph.clear();
    }

    /** Escapes the text, then turns the inline marks into elements. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        Matcher link = LINK.matcher(text);
        int at = 0;
        while (link.find()) {
            out.append(emphasis(escape(text.substring(at, link.start()))));
            out.append("<a href=\"")
                    .append(escape(link.group(2)))
                    .append("\">")
                    .append(emphasis(escape(link.group(1))))
                    .append("</a>");
            at = link.end();
        }
        out.append(emphasis(escape(text.substring(at))));
        return out.toString();
    }

    private static String emphasis(String escaped) {
        String bold = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        return ITALIC.matcher(bold).replaceAll("<em>$1</em>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
