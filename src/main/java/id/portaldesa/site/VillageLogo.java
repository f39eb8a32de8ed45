package id.portaldesa.site;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A logo as stored before media existed: the processed PNG in the row. Read only to move it onto media
 * at start ({@link LegacyLogos}) and, until then, to keep serving it.
 */
@Entity
@Table(name = "village_logo")
public class VillageLogo extends VillageOwned {

    @Lob
    @Column(nullable = false)
    private byte[] png;

    @Column(nullable = false)
    private String fingerprint;

    protected VillageLogo() {}

    public byte[] getPng() {
        return png.clone();
    }

    public String getFingerprint() {
        return fingerprint;
    }
}
