package id.portaldesa.participation.web;

import id.portaldesa.media.Upload;
import id.portaldesa.participation.Category;
import id.portaldesa.participation.ComplaintDraft;
import id.portaldesa.participation.ComplaintService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code /pengaduan}: anyone files a complaint; a guest gives a name and an email address to confirm.
 * The answer shows the reference and the tracking link once. A refusal (a photo that is not a
 * picture, a missing field) comes back on the same form with what was typed kept.
 */
@Named("complaintFilePage")
@RequestScoped
public class FilePage {

    @Inject
    ComplaintService complaints;

    private String category;
    private String description;
    private String location;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private boolean anonymous;
    private boolean storyConsent;
    private String name;
    private String email;
    /** The honeypot: a field people never see (hidden by CSS and labelled so), robots fill in. */
    private String website;

    private transient List<Part> photos;
    private ComplaintService.Filed filed;

    public void file() {
        List<Upload> uploads = Upload.allOf(photos);
        filed = complaints.file(
                new ComplaintDraft(
                        Category.parse(category).orElse(null),
                        description,
                        location,
                        latitude,
                        longitude,
                        anonymous,
                        storyConsent),
                name,
                email,
                website,
                uploads,
                "web");
    }

    public ComplaintService.Filed getFiled() {
        return filed;
    }

    public List<String> getCategories() {
        return java.util.Arrays.stream(Category.values()).map(Enum::name).toList();
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
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

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public boolean isStoryConsent() {
        return storyConsent;
    }

    public void setStoryConsent(boolean storyConsent) {
        this.storyConsent = storyConsent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> photos) {
        this.photos = photos;
    }
}
