package id.portaldesa.news;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What staff write: title, an optional address of their own choosing (empty: made from the title),
 * an optional summary, the text in the editor's syntax ({@link ArticleText}) and a category.
 */
public record ArticleForm(
        @NotBlank @Size(max = ArticleForm.MAX_TITLE) String title,
        @Size(max = ArticleSlug.MAX_LENGTH) String slug,
        @Size(max = ArticleForm.MAX_SUMMARY) String summary,
        @NotBlank @Size(max = ArticleForm.MAX_TEXT) String text,
        Long categoryId) {

    // The title and summary fit news_article's columns (V18); the editor page checks the same lengths.
    public static final int MAX_TITLE = 160;
    public static final int MAX_SUMMARY = 300;
    public static final int MAX_TEXT = 100_000;
}
