package id.portaldesa.news;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The news feature's use of the media pipeline: which pictures an article may show (the village's
 * own public images) and removing an article's pictures with it.
 */
@ApplicationScoped
public class NewsMedia {

    /** Whether the current village has this public image (another village's id answers no). */
    public boolean isOwnPublicImage(long mediaId) {
        return false;
    }

    /** Deletes a picture the article no longer uses. */
    public void delete(Long mediaId) {}
}
