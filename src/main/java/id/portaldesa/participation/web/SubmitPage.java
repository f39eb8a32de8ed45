package id.portaldesa.participation.web;

import id.portaldesa.media.Upload;
import id.portaldesa.participation.AspirationDraft;
import id.portaldesa.participation.AspirationService;
import id.portaldesa.participation.Category;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code /aspirasi/kirim}: a resident's new aspiration with photos. A refusal (a missing title, a
 * photo that is not a picture) comes back on the same form with everything typed kept.
 */
@Named("aspirationSubmitPage")
@RequestScoped
public class SubmitPage {

    @Inject
    AspirationService aspirations;

    private String title;
    private String description;
    private String category;
    private String dusun;
    private String rt;
    private String rw;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private transient List<Part> photos;

    public String submit() {
        List<Upload> uploads = Upload.allOf(photos);
        aspirations.submit(
                new AspirationDraft(
                        title, description, Category.parse(category).orElse(null), dusun, rt, rw, latitude, longitude),
                uploads);
        FacesMessages.info("participation.aspiration.submitted");
        FacesMessages.keepForNextRequest();
        return ParticipationRoutes.MINE + "?faces-redirect=true";
    }

    public List<String> getCategories() {
        return java.util.Arrays.stream(Category.values()).map(Enum::name).toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDusun() {
        return dusun;
    }

    public void setDusun(String dusun) {
        this.dusun = dusun;
    }

    public String getRt() {
        return rt;
    }

    public void setRt(String rt) {
        this.rt = rt;
    }

    public String getRw() {
        return rw;
    }

    public void setRw(String rw) {
        this.rw = rw;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> photos) {
        this.photos = photos;
    }
}
