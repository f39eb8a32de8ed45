package id.portaldesa.site.profile;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person shown among the village's officials on its profile. One linked to a staff membership
 * takes name and title from the account and the membership (what the village's letters print); one
 * without an account (a BPD member, a hamlet head who never logs in) carries its own.
 */
@Entity
@Table(name = "site_official")
public class Official extends VillageOwned {

    @Column(name = "membership_id")
    private Long membershipId;

    private String name;

    @Column(name = "position_label")
    private String positionLabel;

    @Column(name = "photo_media_id")
    private Long photoMediaId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Official() {}

    Official(long villageId, int sortOrder, Instant now) {
        super(villageId);
        this.sortOrder = sortOrder;
        this.updatedAt = now;
    }

    /** Linked to a membership: the name and title come from there; what was typed is kept as a fallback. */
    void change(OfficialForm form, Instant now) {
        this.membershipId = form.membershipId();
        this.name = blankToNull(form.name());
        this.positionLabel = blankToNull(form.position());
        this.updatedAt = now;
    }

    void showPhoto(Long mediaId, Instant now) {
        this.photoMediaId = mediaId;
        this.updatedAt = now;
    }

    void moveTo(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public String getName() {
        return name;
    }

    public String getPositionLabel() {
        return positionLabel;
    }

    public Long getPhotoMediaId() {
        return photoMediaId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
