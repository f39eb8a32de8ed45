package id.portaldesa.site;

import java.io.Serializable;

/**
 * An immutable snapshot of a village's site, kept in memory by {@link Sites} so that public pages
 * read no database. {@code revision} is the village's content revision read before the site row:
 * the snapshot is at least that new.
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
        String theme,
        Long heroMediaId,
        String welcome,
        String officeHours)
        implements Serializable {

    /** The site of a village that has never changed it. */
    static SiteRef empty(long villageId, long revision) {
        return new SiteRef(
                villageId, revision, null, null, null, null, Site.DEFAULT_ACCENT, null, "default", null, null, null);
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
                site.getTheme(),
                site.getHeroMediaId(),
                site.getWelcome(),
                site.getOfficeHours());
    }

    public boolean hasLogo() {
        return logoVersion != null;
    }
}
