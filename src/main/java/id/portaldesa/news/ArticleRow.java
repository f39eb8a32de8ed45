package id.portaldesa.news;

import java.time.Instant;

/** One article in the back office's list. */
public record ArticleRow(
        long id,
        String title,
        String slug,
        ArticleStatus status,
        String categoryName,
        Instant publishAt,
        Instant publishedAt,
        Instant updatedAt) {}
