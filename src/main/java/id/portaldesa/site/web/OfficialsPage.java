package id.portaldesa.site.web;

import id.portaldesa.account.StaffMember;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.site.profile.OfficialForm;
import id.portaldesa.site.profile.ProfileService;
import id.portaldesa.site.profile.ShownOfficial;
import id.portaldesa.village.CurrentVillage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * The village's officials as its profile lists them: staff linked to their accounts (name and title
 * from there) and people without an account, with photos, in the admin's order.
 */
@Named
@ViewScoped
public class OfficialsPage implements Serializable {

    @Inject
    CurrentVillage village;

    @Inject
    ProfileService profiles;

    private Long membershipId;

    @Size(max = 120)
    private String name;

    @Size(max = 160)
    private String position;

    private List<ShownOfficial> officials;
    private List<StaffMember> staff;

    @PostConstruct
    void load() {
        village.check();
        reload();
    }

    private void reload() {
        officials = profiles.officials();
        staff = profiles.linkableStaff();
    }

    public void add() {
        profiles.addOfficial(new OfficialForm(membershipId, name, position));
        FacesMessages.info("site.officials.added");
        membershipId = null;
        name = null;
        position = null;
        reload();
    }

    /** The official whose portrait is uploaded, and the file. */
    private Long photoOf;

    private transient Part photo;

    public void uploadPhoto() {
        if (photoOf == null) {
            throw new id.portaldesa.shared.BusinessException("site.officials.photoWho");
        }
        profiles.showPhoto(photoOf, Upload.of(photo));
        FacesMessages.info("site.officials.photoSaved");
        reload();
    }

    public void removePhoto(long id) {
        profiles.removePhoto(id);
        FacesMessages.info("site.officials.photoRemoved");
        reload();
    }

    public Long getPhotoOf() {
        return photoOf;
    }

    public void setPhotoOf(Long photoOf) {
        this.photoOf = photoOf;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public void move(long id, int step) {
        profiles.moveOfficial(id, step);
        reload();
    }

    public void remove(long id) {
        profiles.removeOfficial(id);
        FacesMessages.info("site.officials.removed");
        reload();
    }

    public List<ShownOfficial> getOfficials() {
        return officials;
    }

    public List<StaffMember> getStaff() {
        return staff;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public void setMembershipId(Long membershipId) {
        this.membershipId = membershipId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }
}
