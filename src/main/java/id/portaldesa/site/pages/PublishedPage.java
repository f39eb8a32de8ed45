package id.portaldesa.site.pages;

import id.portaldesa.media.MediaRef;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A published page as visitors see it, kept in memory ({@link PublishedPages}).
 *
 * @param body safe HTML (sanitised when saved)
 * @param text the body without markup, for search and the description of a shared link
 */
public record PublishedPage(
        long id, String slug, String title, String body, String text, Instant updatedAt, List<Attachment> attachments)
        implements Serializable {

    /** A downloadable document: its title and the media it is stored as. */
    public record Attachment(long id, String title, long mediaId, MediaRef media) implements Serializable {}

    public PublishedPage {
        attachments = List.copyOf(attachments);
    }
}
