package id.portaldesa.site;

import id.portaldesa.account.AuditActions;
import id.portaldesa.account.AuditTrail;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.security.Permission;
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
