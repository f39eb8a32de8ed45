package id.portaldesa.site.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the pages know of their attachments' stored files, by media id: what a visitor's download
 * link is made from. Until the media pipeline is merged every id stands for itself.
 */
@ApplicationScoped
public class AttachmentMedia {

    /** The files of these media ids that exist (others are left out), for the current village. */
    public Map<Long, Object> describe(Collection<Long> mediaIds) {
        Map<Long, Object> known = new HashMap<>();
        mediaIds.forEach(id -> known.put(id, id));
        return known;
    }
}
