package id.portaldesa.news;

import java.io.Serializable;

/**
 * A published article as its page shows it.
 *
 * @param bodyHtml sanitised on save; pictures still named {@code media:<id>} (rendered by the page)
 * @param authorName the display name of the staff account that wrote it
 */
public record ArticleView(ArticleCard card, String bodyHtml, String bodyText, String authorName)
        implements Serializable {}
