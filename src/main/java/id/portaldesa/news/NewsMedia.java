package id.portaldesa.news;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.MediaVisibility;
import id.portaldesa.media.Upload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;

/**
 * The news feature's use of the media pipeline: covers and pictures of articles are public images of
 * the village; an article shows only the village's own (checked on save), and its pictures go with it.
 */
@ApplicationScoped
public class NewsMedia {

    @Inject
    MediaService media;

    /** Whether the current village has this public image (another village's id answers no). */
    public boolean isOwnPublicImage(long mediaId) {
        return media.find(mediaId).filter(r -> r.isImage() && r.isPublic()).isPresent();
    }

    /** Stores an uploaded picture as a public image of the current village (refused with a clear message). */
    public MediaRef store(Upload upload) {
        return media.storeImage(upload, MediaVisibility.PUBLIC);
    }

    /** The current village's media among these ids, for the pages that show them. */
    public List<MediaRef> find(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : media.findAll(ids);
    }

    /** Deletes a picture the article no longer uses (none: nothing). */
    public void delete(Long mediaId) {
        if (mediaId != null) {
            media.delete(mediaId);
        }
    }
}
