package id.portaldesa.participation;

import id.portaldesa.media.MediaRef;
import id.portaldesa.shared.NotFoundException;
import java.util.List;

/** A record's photos, as the private photo servlet asks for one of them. */
final class Photos {

    private Photos() {}

    /** The photo with this media id among a record's photos; any other id is not found. */
    static MediaRef pick(List<MediaRef> photos, long mediaId) {
        return photos.stream().filter(r -> r.id() == mediaId).findFirst().orElseThrow(NotFoundException::new);
    }
}
