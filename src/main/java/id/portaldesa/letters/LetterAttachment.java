package id.portaldesa.letters;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A scan attached to a request for one of its type's required documents: a PRIVATE media, served
 * only to the resident and the staff processing the request. At retention its media is deleted; the
 * row stays, with the file's name and size, so the record of what was shown remains.
 */
@Entity
@Table(name = "letter_attachment")
public class LetterAttachment extends VillageOwned {

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(nullable = false)
    private String requirement;

    @Column(name = "media_id")
    private Long mediaId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "purged_at")
    private Instant purgedAt;

    protected LetterAttachment() {}

    LetterAttachment(
            long villageId,
            long requestId,
            String requirement,
            long mediaId,
            String fileName,
            String contentType,
            long byteSize,
            Instant now) {
        super(villageId);
        this.requestId = requestId;
        this.requirement = requirement;
        this.mediaId = mediaId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.byteSize = byteSize;
        this.uploadedAt = now;
    }

    void purged(Instant now) {
        this.mediaId = null;
        this.purgedAt = now;
    }

    public long getRequestId() {
        return requestId;
    }

    public String getRequirement() {
        return requirement;
    }

    public Long getMediaId() {
        return mediaId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getByteSize() {
        return byteSize;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Instant getPurgedAt() {
        return purgedAt;
    }
}
