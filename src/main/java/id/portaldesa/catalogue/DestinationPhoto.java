package id.portaldesa.catalogue;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A photo of a destination: an image of the media pipeline, deleted with it. */
@Entity
@Table(name = "catalogue_destination_photo")
public class DestinationPhoto extends VillageOwned {

    @Column(name = "destination_id", nullable = false, updatable = false)
    private long destinationId;

    @Column(name = "media_id", nullable = false, updatable = false)
    private long mediaId;

    @Column(nullable = false)
    private int position;

    protected DestinationPhoto() {}

    DestinationPhoto(long villageId, long destinationId, long mediaId, int position) {
        super(villageId);
        this.destinationId = destinationId;
        this.mediaId = mediaId;
        this.position = position;
    }

    public long getDestinationId() {
        return destinationId;
    }

    public long getMediaId() {
        return mediaId;
    }

    public int getPosition() {
        return position;
    }
}
