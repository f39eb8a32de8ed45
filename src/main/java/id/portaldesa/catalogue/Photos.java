package id.portaldesa.catalogue;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.MediaVisibility;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The catalogue's photos in the media pipeline: public images of the current village. */
@ApplicationScoped
public class Photos {

    /** Enough to show a product from every side; more only makes the page heavier. */
    public static final int MAX_PER_ITEM = 6;

    @Inject
    MediaService media;

    @Inject
    CurrentUser user;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Photos.class.getName());

    /** Checks, strips and stores an uploaded photo (refused with a clear message when it is no image). */
    MediaRef store(Upload upload) {
        return media.storeImage(upload, MediaVisibility.PUBLIC);
    }

    void delete(long mediaId) {
        media.delete(mediaId);
    }

    /**
     * For an erasure: deletes the media when the media pipeline lets this caller delete (it asks that
     * the caller belongs to the village), else leaves it and says so in the log. An erasure revokes
     * the person's memberships before the features erase their part, so the pipeline refuses the
     * person's own request; its refusal would roll the whole erasure back.
     */
    void deleteForErasure(long mediaId) {
        if (user.can(Permission.OPEN_OFFICE) || user.can(Permission.USE_RESIDENT_SERVICES)) {
            media.delete(mediaId);
        } else {
            LOG.warning(() -> "Media " + mediaId + " of an erased shop is kept: the media pipeline deletes only for"
                    + " members of its village");
        }
    }

    /** The media of these ids, in the given order; ids the pipeline no longer knows are left out. */
    public List<MediaRef> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MediaRef> found = new HashMap<>();
        media.findAll(ids).forEach(ref -> found.put(ref.id(), ref));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** All media of these ids by id. */
    Map<Long, MediaRef> byId(Collection<Long> ids) {
        Map<Long, MediaRef> found = new HashMap<>();
        if (!ids.isEmpty()) {
            media.findAll(ids).forEach(ref -> found.put(ref.id(), ref));
        }
        return found;
    }
}
