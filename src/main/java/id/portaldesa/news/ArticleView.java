package id.portaldesa.news;

import id.portaldesa.media.MediaRef;
import java.io.Serializable;
import java.util.List;

/**
 * A published article as its page shows it.
 *
 * @param bodyHtml sanitised on save; pictures still named {@code media:<id>} (rendered by the page)
 * @param authorName the display name of the staff account that wrote it
 * @param pictures the village's media its text shows
 */
public record ArticleView(
        ArticleCard card, String bodyHtml, String bodyText, String authorName, List<MediaRef> pictures)
        implements Serializable {}
