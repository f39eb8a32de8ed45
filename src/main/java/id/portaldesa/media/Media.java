package id.portaldesa.media;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored upload's row; its files live under the media directory ({@link MediaFiles}). */
@Entity
@Table(name = "media")
public class Media extends VillageOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MediaKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MediaVisibility visibility;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "byte_size", nullable = false)
    private long size;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false)
    private String fingerprint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Media() {}

    Media(
            long villageId,
            MediaKind kind,
            MediaVisibility visibility,
            String fileName,
            String contentType,
            long size,
            int width,
            int height,
            String fingerprint,
            Instant createdAt) {
        super(villageId);
        this.kind = kind;
        this.visibility = visibility;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.width = width;
        this.height = height;
        this.fingerprint = fingerprint;
        this.createdAt = createdAt;
    }

    void show(MediaVisibility to) {
        this.visibility = to;
    }

    MediaRef toRef() {
        return new MediaRef(
                getId(), getVillageId(), kind, visibility, fileName, contentType, size, width, height, fingerprint);
    }
}
