package id.portaldesa.site.profile;

import id.portaldesa.account.AuditTrail;
import id.portaldesa.account.MembershipRepository;
import id.portaldesa.account.Role;
import id.portaldesa.account.StaffMember;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.MediaVisibility;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.site.SiteAudit;
import id.portaldesa.site.SiteService;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The current village's profile (history, vision and mission, location, figures, office hours, the
 * home page's welcome) and its officials, as the village admin edits them (EDIT_SITE). Every change
 * is recorded as a change of the village's public content first, so the pages show it at once.
 */
@ApplicationScoped
@Transactional
public class ProfileService {

    static final String CHANGE = "site.profile";

    @Inject
    VillageProfileRepository profiles;

    @Inject
    OfficialRepository officials;

    @Inject
    MediaService media;

    @Inject
    MembershipRepository memberships;

    @Inject
    SiteService sites;

    @Inject
    VillageChanges changes;

    @Inject
    CurrentVillage village;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    public void updateDetails(@NotNull @Valid ProfileDetails details) {
        user.require(Permission.EDIT_SITE);
        if ((details.latitude() == null) != (details.longitude() == null)) {
            throw new BusinessException("site.details.coordinatesBoth");
        }
        changes.record(village.id(), CHANGE);
        profiles.currentOrNew(clock.instant()).change(details, clock.instant());
        sites.changeHome(details.welcome(), details.officeHours());
        audit.record(SiteAudit.DETAILS_CHANGED, village.require().name(), null);
    }

    /** The details as stored, for the form. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfileDetails details() {
        user.require(Permission.EDIT_SITE);
        var home = sites.home();
        return profiles.current()
                .map(p -> p.details(home.welcome(), home.officeHours()))
                .orElse(new ProfileDetails(
                        home.welcome(), null, null, null, null, null, null, null, null, null, home.officeHours()));
    }

    /** Every official of the village in order, those whose membership ended included (marked). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ShownOfficial> officials() {
        user.require(Permission.EDIT_SITE);
        return Profiles.officialsOf(em, village.id());
    }

    /** The officials of the village's staff that can be linked: active memberships with a position. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffMember> linkableStaff() {
        user.require(Permission.EDIT_SITE);
        return memberships.activeStaff().stream()
                .filter(s -> s.role() == Role.OFFICIAL)
                .toList();
    }

    public long addOfficial(@NotNull @Valid OfficialForm form) {
        user.require(Permission.EDIT_SITE);
        changes.record(village.id(), CHANGE);
        checkForm(form, null);
        int last = officials.inOrder().stream()
                .mapToInt(Official::getSortOrder)
                .max()
                .orElse(0);
        Official official = new Official(village.id(), last + 1, clock.instant());
        official.change(form, clock.instant());
        officials.add(official);
        em.flush();
        audit.record(SiteAudit.OFFICIALS_CHANGED, nameOf(form), null);
        return official.getId();
    }

    public void updateOfficial(long id, @NotNull @Valid OfficialForm form) {
        user.require(Permission.EDIT_SITE);
        Official official = officials.require(id);
        changes.record(village.id(), CHANGE);
        checkForm(form, id);
        official.change(form, clock.instant());
        audit.record(SiteAudit.OFFICIALS_CHANGED, nameOf(form), null);
    }

    /** Portraits are shown small: 480 pixels a side is plenty for a sharp one on any phone. */
    static final int PORTRAIT_SIDE = 480;

    /** Stores the official's portrait through the media pipeline; the one it replaces is deleted. */
    public void showPhoto(long id, @NotNull Upload photo) {
        user.require(Permission.EDIT_SITE);
        Official official = officials.require(id);
        if (photo.isEmpty()) {
            throw new BusinessException("site.officials.photoMissing");
        }
        changes.record(village.id(), CHANGE);
        MediaRef stored = media.storeImage(photo, MediaVisibility.PUBLIC, PORTRAIT_SIDE);
        Long previous = official.getPhotoMediaId();
        official.showPhoto(stored.id(), clock.instant());
        em.flush();
        if (previous != null) {
            media.delete(previous);
        }
    }

    /** Removes the official's portrait (and its file). */
    public void removePhoto(long id) {
        user.require(Permission.EDIT_SITE);
        Official official = officials.require(id);
        changes.record(village.id(), CHANGE);
        Long previous = official.getPhotoMediaId();
        official.showPhoto(null, clock.instant());
        em.flush();
        if (previous != null) {
            media.delete(previous);
        }
    }

    /** Moves an official one place up ({@code -1}) or down ({@code +1}). */
    public void moveOfficial(long id, int step) {
        user.require(Permission.EDIT_SITE);
        officials.require(id);
        changes.record(village.id(), CHANGE);
        List<Official> ordered = new java.util.ArrayList<>(officials.inOrder());
        int from = indexOf(ordered, id);
        int to = Math.max(0, Math.min(ordered.size() - 1, from + Integer.signum(step)));
        ordered.add(to, ordered.remove(from));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }

    /** Removes an official and their portrait; returns the portrait's media id, if there was one. */
    public Long removeOfficial(long id) {
        user.require(Permission.EDIT_SITE);
        Official official = officials.require(id);
        changes.record(village.id(), CHANGE);
        Long photo = official.getPhotoMediaId();
        officials.remove(official);
        em.flush();
        if (photo != null) {
            media.delete(photo);
        }
        audit.record(SiteAudit.OFFICIALS_CHANGED, official.getName(), null);
        return photo;
    }

    private void checkForm(OfficialForm form, Long id) {
        if (form.membershipId() != null) {
            boolean isOfficial = memberships
                    .find(form.membershipId())
                    .filter(m -> m.isActive() && m.getRole() == Role.OFFICIAL)
                    .isPresent();
            if (!isOfficial) {
                throw new NotFoundException();
            }
            if (officials.isLinked(form.membershipId(), id)) {
                throw new BusinessException("site.officials.alreadyListed");
            }
        } else if (form.name() == null || form.name().isBlank()) {
            throw new BusinessException("site.officials.nameRequired");
        } else if (form.position() == null || form.position().isBlank()) {
            throw new BusinessException("site.officials.positionRequired");
        }
    }

    private static String nameOf(OfficialForm form) {
        return Objects.requireNonNullElse(form.name(), "#" + form.membershipId());
    }

    private static int indexOf(List<Official> ordered, long id) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId() == id) {
                return i;
            }
        }
        throw new NotFoundException();
    }
}
