package id.portaldesa.site;

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

    public void updateProfile(@NotNull @Valid SiteProfile profile) {
        // First: it locks the village until commit, so concurrent changes of one site take turns.
        changes.record(currentVillage.id(), FEATURE + ".profile");
        sites.lockCurrent().change(profile);
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
     * Records which logo the current village shows ({@code null}: none), so its pages link the new
     * image at once. Call first in the transaction that stores the image: two uploads take turns.
     */
    void showLogo(String logoVersion) {
        changes.record(currentVillage.id(), FEATURE + ".logo");
        sites.lockCurrent().showLogo(logoVersion);
    }
}
