package id.portaldesa.site.pages;

import id.portaldesa.media.MediaRef;
import id.portaldesa.site.SearchText;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A published page as visitors see it, kept in memory ({@link PublishedPages}).
 *
 * @param body safe HTML (sanitised when saved)
 * @param text the body without markup (stripped, each run of white space one space), for search and
 *     the description of a shared link
 * @param searchTitle the title as the search compares it ({@link SearchText#plain})
 * @param searchText the text as the search compares it: both made once, with the snapshot, not per
 *     visitor's search
 */
public record PublishedPage(
        long id,
        String slug,
        String title,
        String body,
        String text,
        Instant updatedAt,
        List<Attachment> attachments,
        String searchTitle,
        String searchText)
        implements Serializable {

    /** A downloadable document: its title and the media it is stored as. */
    public record Attachment(long id, String title, long mediaId, MediaRef media) implements Serializable {}

    public PublishedPage {
        attachments = List.copyOf(attachments);
    }

    /** A page with the plain forms of its title and text for the search. */
    public PublishedPage(
            long id,
            String slug,
            String title,
            String body,
            String text,
            Instant updatedAt,
            List<Attachment> attachments) {
        this(id, slug, title, body, text, updatedAt, attachments, SearchText.plain(title), SearchText.plain(text));
    }
}
