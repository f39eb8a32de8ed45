package id.portaldesa.news.web;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.web.MediaLinks;
import id.portaldesa.shared.html.RichText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns an article's stored HTML into what a page or the feed shows: a picture kept as {@code
 * <img src="media:12" alt="…">} (the village's own media, checked on save) becomes the media
 * pipeline's image with its variants.
 */
@ApplicationScoped
public class ArticleBodies {

    /** How wide a picture of the text is shown: the article's column. */
    static final String SIZES = "(max-width: 40rem) 100vw, 40rem";

    @Inject
    MediaLinks links;

    /** The sanitiser writes attributes in double quotes and in this order. */
    static final Pattern MEDIA_IMAGE =
            Pattern.compile("<img src=\"" + RichText.MEDIA_SCHEME + ":(\\d{1,18})\"(?: alt=\"([^\"]*)\")?\\s*/?>");

    /** For a page of the site: addresses on the host the visitor came by. */
    public String forPage(String safeHtml, List<MediaRef> pictures) {
        return render(safeHtml, pictures, false);
    }

    /** For the feed: absolute addresses. */
    public String forFeed(String safeHtml, List<MediaRef> pictures) {
        return render(safeHtml, pictures, true);
    }

    private String render(String safeHtml, List<MediaRef> pictures, boolean absolute) {
        if (safeHtml == null || !safeHtml.contains("<img")) {
            return safeHtml == null ? "" : safeHtml;
        }
        Map<Long, MediaRef> byId = pictures.stream().collect(Collectors.toMap(MediaRef::id, Function.identity()));
        Matcher m = MEDIA_IMAGE.matcher(safeHtml);
        StringBuilder out = new StringBuilder(safeHtml.length() + 256);
        while (m.find()) {
            MediaRef ref = byId.get(Long.parseLong(m.group(1)));
            String alt = m.group(2) == null ? "" : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(ref == null ? "" : image(ref, alt, absolute)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The picture as HTML; its alt text comes escaped from the sanitised text. A deleted picture shows nothing. */
    String image(MediaRef ref, String escapedAlt, boolean absolute) {
        if (absolute) {
            return "<img src=\"" + links.absoluteSrc(ref, 1280) + "\" alt=\"" + escapedAlt + "\" />";
        }
        return "<img src=\"" + links.src(ref, 640) + "\" srcset=\"" + links.srcset(ref) + "\" sizes=\"" + SIZES
                + "\" width=\"" + ref.width() + "\" height=\"" + ref.height()
                + "\" loading=\"lazy\" decoding=\"async\" alt=\""
                + escapedAlt + "\" />";
    }
}
