package id.portaldesa.media;

import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Pictures stored by the portal itself, with no person acting: moving data from an older version at
 * start (the logos of {@code village_logo}), for the village acted for ({@code CurrentVillage.actFor}).
 * The same pipeline and checks as {@link MediaService}; no page may call this.
 */
@ApplicationScoped
@Transactional
public class MediaImports {

    @Inject
    MediaStore store;

    @Inject
    CurrentVillage village;

    /** A picture fitting a square of {@code maxSide} pixels. */
    public MediaRef importImage(Upload upload, MediaVisibility visibility, int maxSide) {
        int side = Math.max(UploadLimits.MIN_SIDE, Math.min(maxSide, ImagePipeline.MAX_WIDTH));
        return store.storeImage(village.id(), upload, visibility, side, side);
    }
}
