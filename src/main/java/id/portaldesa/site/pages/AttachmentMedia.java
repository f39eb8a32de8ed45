package id.portaldesa.site.pages;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** What the pages know of their attachments' stored files, by media id: what a download link is made from. */
@ApplicationScoped
public class AttachmentMedia {

    @Inject
    MediaService media;

    /** The files of these media ids that exist (others are left out), for the current village. */
    public Map<Long, MediaRef> describe(Collection<Long> mediaIds) {
        Map<Long, MediaRef> known = new HashMap<>();
        if (!mediaIds.isEmpty()) {
            media.findAll(mediaIds).forEach(ref -> known.put(ref.id(), ref));
        }
        return known;
    }
}
