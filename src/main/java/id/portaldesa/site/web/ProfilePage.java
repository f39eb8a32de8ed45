package id.portaldesa.site.web;

import id.portaldesa.media.Upload;
import id.portaldesa.shared.validation.HexColor;
import id.portaldesa.shared.validation.PhoneNumber;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.site.LogoService;
import id.portaldesa.site.SiteProfile;
import id.portaldesa.site.SiteService;
import id.portaldesa.village.CurrentVillage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The village admin edits the village's public identity: tagline, contact, accent colour. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    @Inject
    CurrentVillage currentVillage;

    @Inject
    SiteService sites;

    @Inject
    LogoService logos;

    private transient Part logoUpload;

    @Size(max = 200)
    private String tagline;

    @Size(max = 300)
    private String address;

    @PhoneNumber
    @Size(max = 30)
    private String phone;

    @Email
    @Size(max = 190)
    private String email;

    @NotBlank
    @HexColor
    private String accentColor;

    @PostConstruct
    void load() {
        currentVillage.check();
        SiteProfile p = sites.profile();
        tagline = p.tagline();
        address = p.address();
        phone = p.phone();
        email = p.email();
        accentColor = p.accentColor();
    }

    public void save() {
        sites.updateProfile(new SiteProfile(tagline, address, phone, email, accentColor));
        FacesMessages.info("site.profile.saved");
    }

    /** Stores the uploaded logo, then opens the page afresh so the new logo shows at once. */
    public String uploadLogo() {
        logos.replace(Upload.of(logoUpload));
        return afresh("site.logo.saved");
    }

    public String removeLogo() {
        logos.remove();
        return afresh("site.logo.removed");
    }

    private static String afresh(String messageKey) {
        FacesMessages.info(messageKey);
        FacesMessages.keepForNextRequest();
        return "/office/site/profile.xhtml?faces-redirect=true";
    }

    public Part getLogoUpload() {
        return logoUpload;
    }

    public void setLogoUpload(Part logoUpload) {
        this.logoUpload = logoUpload;
    }

    public String getTagline() {
        return tagline;
    }

    public void setTagline(String tagline) {
        this.tagline = tagline;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public void setAccentColor(String accentColor) {
        this.accentColor = accentColor;
    }
}
