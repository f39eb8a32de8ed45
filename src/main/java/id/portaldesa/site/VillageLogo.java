package id.portaldesa.site;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** The logo a village shows on its public pages, stored as the processed PNG. */
@Entity
@Table(name = "village_logo")
public class VillageLogo extends VillageOwned {

    @Lob
    @Column(nullable = false)
    private byte[] png;

    @Column(nullable = false)
    private String fingerprint;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected VillageLogo() {}

    VillageLogo(long villageId, LogoImage image, Instant now) {
        super(villageId);
        replace(image, now);
    }

    void replace(LogoImage image, Instant now) {
        this.png = image.png();
        this.fingerprint = image.fingerprint();
        this.width = image.width();
        this.height = image.height();
        this.updatedAt = now;
    }

    public byte[] getPng() {
        return png.clone();
    }

    public String getFingerprint() {
        return fingerprint;
    }
}
