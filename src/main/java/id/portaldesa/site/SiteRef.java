package id.portaldesa.site;

import java.io.Serializable;

/**
 * An immutable snapshot of a village's site, kept in memory by {@link Sites} so that public pages
 * read no database. {@code revision} is the village's content revision read before the site row:
 * the snapshot is at least that new. The logo is a media image ({@code logoMediaId}); a logo stored
 * before media existed has only its version until it is moved onto media at start ({@code LegacyLogos}).
 */
public record SiteRef(
        long villageId,
        long revision,
        String tagline,
        String address,
        String phone,
        String email,
        String accentColor,
        String logoVersion,
        Long logoMediaId,
        String theme,
        Long heroMediaId,
        String welcome,
        String officeHours)
        implements Serializable {

    /** A site without a logo on media (one stored before media existed has only its version). */
    public SiteRef(
            long villageId,
            long revision,
            String tagline,
            String address,
            String phone,
            String email,
            String accentColor,
            String logoVersion) {
        this(
                villageId,
                revision,
                tagline,
                address,
                phone,
                email,
                accentColor,
                logoVersion,
                null,
                "default",
                null,
                null,
                null);
    }

    /** The site of a village that has never changed it. */
    static SiteRef empty(long villageId, long revision) {
        return new SiteRef(
                villageId,
                revision,
                null,
                null,
                null,
                null,
                Site.DEFAULT_ACCENT,
                null,
                null,
                "default",
                null,
                null,
                null);
    }

    static SiteRef of(Site site, long revision) {
        return new SiteRef(
                site.getVillageId(),
                revision,
                site.getTagline(),
                site.getAddress(),
                site.getPhone(),
                site.getEmail(),
                site.getAccentColor(),
                site.getLogoVersion(),
                site.getLogoMediaId(),
                site.getTheme(),
                site.getHeroMediaId(),
                site.getWelcome(),
                site.getOfficeHours());
    }

    public boolean hasLogo() {
        return logoVersion != null;
    }
}
