package id.portaldesa.news.web;

import id.portaldesa.shared.html.RichText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article's stored HTML into what a page or the feed shows: a picture kept as {@code
 * <img src="media:12" alt="…">} (the village's own media, checked on save) becomes the media
 * pipeline's image with its variants.
 */
@ApplicationScoped
public class ArticleBodies {

    /** The sanitiser writes attributes in double quotes and in this order. */
    static final Pattern MEDIA_IMAGE =
            Pattern.compile("<img src=\"" + RichText.MEDIA_SCHEME + ":(\\d{1,18})\"(?: alt=\"([^\"]*)\")?\\s*/?>");

    /** For a page of the site: addresses on the host the visitor came by. */
    public String forPage(String safeHtml) {
        return render(safeHtml, false);
    }

    /** For the feed: absolute addresses. */
    public String forFeed(String safeHtml) {
        return render(safeHtml, true);
    }

    private String render(String safeHtml, boolean absolute) {
        if (safeHtml == null || !safeHtml.contains("<img")) {
            return safeHtml == null ? "" : safeHtml;
        }
        Matcher m = MEDIA_IMAGE.matcher(safeHtml);
        StringBuilder out = new StringBuilder(safeHtml.length() + 256);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(image(Long.parseLong(m.group(1)), m.group(2), absolute)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The picture as HTML; empty while it cannot be shown. */
    String image(long mediaId, String escapedAlt, boolean absolute) {
        return "";
    }
}
