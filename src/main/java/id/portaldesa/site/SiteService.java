package id.portaldesa.site;

import id.portaldesa.account.AuditActions;
import id.portaldesa.account.AuditTrail;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.MediaVisibility;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.validation.HexColor;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The current village's site: its profile and which logo it shows. Every change is announced through
 * {@link VillageChanges}, so public pages show it at once; nothing here knows which caches there are.
 */
@ApplicationScoped
@Transactional
public class SiteService {

    /** What this feature's changes are announced as: {@code "site.profile"}, {@code "site.logo"}. */
    public static final String FEATURE = "site";

    @Inject
    SiteRepository sites;

    @Inject
    MediaService media;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Inject
    VillageChanges changes;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    public void updateProfile(@NotNull @Valid SiteProfile profile) {
        user.require(Permission.EDIT_SITE);
        // First: it locks the village until commit, so concurrent changes of one site take turns.
        changes.record(currentVillage.id(), FEATURE + ".profile");
        sites.lockCurrent().change(profile);
        audit.record(AuditActions.PROFILE_CHANGED, currentVillage.require().name(), null);
    }

    /** The profile as stored, for the form that edits it (not the snapshot public pages read). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteProfile profile() {
        return sites.current()
                .map(s ->
                        new SiteProfile(s.getTagline(), s.getAddress(), s.getPhone(), s.getEmail(), s.getAccentColor()))
                .orElse(new SiteProfile(null, null, null, null, Site.DEFAULT_ACCENT));
    }

    /** The home page's welcome and the office hours of the contact card, as stored. */
    public record HomeText(String welcome, String officeHours) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public HomeText home() {
        user.require(Permission.EDIT_SITE);
        return sites.current()
                .map(s -> new HomeText(s.getWelcome(), s.getOfficeHours()))
                .orElse(new HomeText(null, null));
    }

    /** Part of the profile's change (the caller has recorded it): the texts every page may show. */
    public void changeHome(String welcome, String officeHours) {
        user.require(Permission.EDIT_SITE);
        sites.lockCurrent().changeHome(welcome, officeHours);
    }

    /** The village's theme (a name the catalogue knows: the caller checked) and accent colour. */
    public void applyLook(@NotNull String theme, @NotNull @HexColor String accentColor) {
        user.require(Permission.EDIT_SITE);
        changes.record(currentVillage.id(), FEATURE + ".theme");
        sites.lockCurrent().changeLook(theme, accentColor);
        audit.record(SiteAudit.THEME_CHANGED, currentVillage.require().name(), theme);
    }

    /** Stores the home page's hero picture through the media pipeline; the one it replaces is deleted. */
    public void showHero(@NotNull Upload picture) {
        user.require(Permission.EDIT_SITE);
        if (picture.isEmpty()) {
            throw new id.portaldesa.shared.BusinessException("site.hero.missing");
        }
        changes.record(currentVillage.id(), FEATURE + ".hero");
        MediaRef stored = media.storeImage(picture, MediaVisibility.PUBLIC);
        deleteMedia(showHero(stored.id()));
    }

    /** Removes the hero picture (and its file). */
    public void removeHero() {
        deleteMedia(showHero((Long) null));
    }

    private void deleteMedia(Long id) {
        if (id != null) {
            em.flush();
            media.delete(id);
        }
    }

    /** The home page's hero picture: a media id of the village, null for none. Returns the one it replaced. */
    Long showHero(Long mediaId) {
        user.require(Permission.EDIT_SITE);
        changes.record(currentVillage.id(), FEATURE + ".hero");
        Site site = sites.lockCurrent();
        Long previous = site.getHeroMediaId();
        site.showHero(mediaId);
        audit.record(SiteAudit.HERO_CHANGED, currentVillage.require().name(), null);
        return previous;
    }

    /** A village's look: its theme's name and its accent colour. */
    public record Look(String theme, String accentColor) {}

    /** The village's look as stored, for the theme form. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Look look() {
        user.require(Permission.EDIT_SITE);
        return sites.current()
                .map(s -> new Look(s.getTheme(), s.getAccentColor()))
                .orElse(new Look("default", Site.DEFAULT_ACCENT));
    }

    /**
     * Records which logo (a media image) the current village shows ({@code null}: none), so its pages
     * link it at once, and returns the one it replaces, for the caller to delete. It locks the village
     * first: of two uploads at once, the second waits and then replaces the first's logo.
     */
    Long showLogo(Long logoMediaId, String logoVersion) {
        changes.record(currentVillage.id(), FEATURE + ".logo");
        return sites.lockCurrent().showLogo(logoMediaId, logoVersion);
    }
}
