package id.portaldesa.site;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** What a village shows about itself on its site: tagline, contact, accent colour and logo. One per village. */
@Entity
@Table(name = "site")
public class Site extends VillageOwned {

    public static final String DEFAULT_ACCENT = "#2e7d32";

    @Column(name = "accent_color", nullable = false)
    private String accentColor = DEFAULT_ACCENT;

    @Column(name = "logo_version")
    private String logoVersion;

    /** The logo, a media image; its version is {@code logoVersion}. */
    @Column(name = "logo_media_id")
    private Long logoMediaId;

    private String tagline;
    private String address;
    private String phone;
    private String email;

    /** The theme folder the village chose; one the catalogue does not know shows the default. */
    @Column(nullable = false)
    private String theme = "default";

    @Column(name = "hero_media_id")
    private Long heroMediaId;

    private String welcome;

    @Column(name = "office_hours")
    private String officeHours;

    protected Site() {}

    Site(long villageId) {
        super(villageId);
    }

    void change(SiteProfile profile) {
        tagline = blankToNull(profile.tagline());
        address = blankToNull(profile.address());
        phone = blankToNull(profile.phone());
        email = blankToNull(profile.email());
        accentColor = profile.accentColor().toLowerCase(java.util.Locale.ROOT);
    }

    void changeLook(String theme, String accentColor) {
        this.theme = theme;
        this.accentColor = accentColor.toLowerCase(java.util.Locale.ROOT);
    }

    void changeHome(String welcome, String officeHours) {
        this.welcome = blankToNull(welcome);
        this.officeHours = blankToNull(officeHours);
    }

    void showHero(Long heroMediaId) {
        this.heroMediaId = heroMediaId;
    }

    public String getTheme() {
        return theme;
    }

    public Long getHeroMediaId() {
        return heroMediaId;
    }

    public String getWelcome() {
        return welcome;
    }

    public String getOfficeHours() {
        return officeHours;
    }

    /** Shows this logo (none: nulls) and tells which one it replaces. */
    Long showLogo(Long logoMediaId, String logoVersion) {
        Long previous = this.logoMediaId;
        this.logoMediaId = logoMediaId;
        this.logoVersion = logoVersion;
        return previous;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public String getLogoVersion() {
        return logoVersion;
    }

    public Long getLogoMediaId() {
        return logoMediaId;
    }

    public String getTagline() {
        return tagline;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
