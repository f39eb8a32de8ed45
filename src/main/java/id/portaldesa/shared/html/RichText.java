package id.portaldesa.shared.html;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Rich text written by staff (an article, later a reply to an aspiration or a letter's free text),
 * made safe on save by an allow-list (OWASP Java HTML Sanitizer): paragraphs, headings, emphasis,
 * lists, quotes and links survive; every script, event handler, style, frame, form and unknown
 * element is removed. Links keep only {@code http}, {@code https} and {@code mailto} addresses and
 * open without handing the page over ({@code rel="nofollow noopener noreferrer"}). Pictures are kept
 * only when the feature accepts their source, e.g. only the village's own media as {@code
 * media:<id>} ({@link #MEDIA_SCHEME}), which the feature renders with the media pipeline's variants.
 *
 * <p>Sanitise on save, store the result, and print it unescaped: what is stored is already safe.
 */
public final class RichText {

    /** How stored rich text names a picture of the media pipeline: {@code media:123}. */
    public static final String MEDIA_SCHEME = "media";

    private static final Pattern MEDIA_SOURCE = Pattern.compile(MEDIA_SCHEME + ":(\\d{1,18})");
    /** A picture of the media pipeline in sanitised HTML, which writes attributes in double quotes. */
    private static final Pattern MEDIA_PICTURE = Pattern.compile("src=\"" + MEDIA_SCHEME + ":(\\d{1,18})\"");

    private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?://[^\\s]+|mailto:[^\\s]+)");

    private static final String[] TEXT_ELEMENTS = {
        "p",
        "br",
        "strong",
        "b",
        "em",
        "i",
        "u",
        "s",
        "h2",
        "h3",
        "h4",
        "ul",
        "ol",
        "li",
        "blockquote",
        "hr",
        "code",
        "pre",
        "figure",
        "figcaption"
    };

    private final PolicyFactory policy;

    private RichText(Predicate<String> imageSource) {
        AttributePolicy links =
                (element, attribute, value) -> SAFE_LINK.matcher(value.strip()).matches() ? value.strip() : null;
        AttributePolicy images = (element, attribute, value) -> imageSource.test(value.strip()) ? value.strip() : null;
        policy = new HtmlPolicyBuilder()
                .allowElements(TEXT_ELEMENTS)
                .allowElements("a")
                .allowAttributes("href")
                .matching(links)
                .onElements("a")
                .allowUrlProtocols("http", "https", "mailto", MEDIA_SCHEME)
                .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                // A picture whose source was refused is dropped whole, not left as an empty tag.
                .allowElements((name, attributes) -> hasAttribute(attributes, "src") ? name : null, "img")
                .allowAttributes("src")
                .matching(images)
                .onElements("img")
                .allowAttributes("alt")
                .onElements("img")
                .toFactory();
    }

    /** The sanitiser hands an element's kept attributes as name, value, name, value … */
    private static boolean hasAttribute(java.util.List<String> attributes, String wanted) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Rich text without pictures. */
    public static RichText withoutImages() {
        return new RichText(src -> false);
    }

    /** Rich text whose pictures are kept when {@code imageSource} accepts their {@code src}. */
    public static RichText withImages(Predicate<String> imageSource) {
        return new RichText(Objects.requireNonNull(imageSource));
    }

    /** Rich text whose pictures must be media of the pipeline ({@code media:<id>}) that {@code ownMedia} accepts. */
    public static RichText withMedia(Predicate<Long> ownMedia) {
        return new RichText(src -> mediaId(src).filter(ownMedia).isPresent());
    }

    /** The allowed part of {@code html}; empty for null. */
    public String sanitize(String html) {
        return html == null ? "" : policy.sanitize(html);
    }

    /** The media id a {@code media:<id>} source names. */
    public static java.util.Optional<Long> mediaId(String src) {
        Matcher m = MEDIA_SOURCE.matcher(src == null ? "" : src.strip().toLowerCase(Locale.ROOT));
        return m.matches() ? java.util.Optional.of(Long.parseLong(m.group(1))) : java.util.Optional.empty();
    }

    /** Every picture of the media pipeline that sanitised rich text shows, in order. */
    public static java.util.List<Long> mediaIds(String safeHtml) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        Matcher m = MEDIA_PICTURE.matcher(safeHtml == null ? "" : safeHtml);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    /**
     * The text of sanitised rich text without its markup, for search and summaries: blocks become
     * spaces, entities are decoded, runs of white space become one.
     */
    public static String plainText(String safeHtml) {
        if (safeHtml == null || safeHtml.isEmpty()) {
            return "";
        }
        String text = safeHtml.replaceAll("<[^>]*>", " ");
        return decodeEntities(text).replaceAll("\\s+", " ").strip();
    }

    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String entity = m.group(1);
            String replacement = switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> codePoint(entity);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String entity) {
        try {
            int cp = entity.startsWith("#x") || entity.startsWith("#X")
                    ? Integer.parseInt(entity.substring(2), 16)
                    : Integer.parseInt(entity.substring(1));
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
