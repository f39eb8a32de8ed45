package id.portaldesa.platform;

import id.portaldesa.account.StaffService;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.Region;
import id.portaldesa.village.RegionCode;
import id.portaldesa.village.RegionRepository;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Invites the admin of one village of the official list, from the platform or a regency: the unit
 * of a single invitation and of one row of an uploaded file. Each call is its own transaction, so a
 * row is done entirely (onboarding included) or not at all.
 */
@ApplicationScoped
public class VillageAdminInvitations {

    /** What became of one invitation. */
    public enum Outcome {
        INVITED,
        ONBOARDED_AND_INVITED
    }

    @Inject
    VillageService villages;

    @Inject
    RegionRepository regions;

    @Inject
    OnboardingService onboarding;

    @Inject
    StaffService staff;

    @Inject
    CurrentUser user;

    /**
     * Invites {@code email} as admin of the village with this official code. Outside the person's
     * region the row is refused before anything about the village is looked up. A village not yet
     * onboarded is onboarded first (with a proposed slug) when the person may onboard villages there.
     *
     * @param villageName if not blank, must be the village's name in the official list (a guard
     *     against a mistyped code handing a village to the wrong person); case, spacing, accents and
     *     a leading "Desa"/"Kelurahan" are ignored
     * @param replace the new admin replaces the village's admins when accepting (see {@link
     *     StaffService#inviteVillageAdmin})
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome invite(
            String code, String villageName, String email, boolean replace, Long invitedBy, @NotNull Locale locale) {
        String cleanCode = code == null ? "" : code.trim();
        if (!RegionCode.isValid(cleanCode) || !new RegionCode(cleanCode).isVillage()) {
            throw new BusinessException("regency.row.code", cleanCode);
        }
        if (!user.canIn(Permission.MANAGE_VILLAGE_ADMINS, cleanCode)) {
            throw new BusinessException("regency.row.outside", cleanCode);
        }
        Region region =
                regions.find(cleanCode).orElseThrow(() -> new BusinessException("regency.row.unknown", cleanCode));
        if (villageName != null && !villageName.isBlank() && !sameName(villageName, region.getName())) {
            throw new BusinessException("regency.row.name", cleanCode, region.getName(), villageName.trim());
        }
        Optional<VillageRef> village = villages.visibleByCode(cleanCode);
        if (village.isPresent()) {
            staff.inviteVillageAdmin(village.get(), email, replace, invitedBy, locale);
            return Outcome.INVITED;
        }
        if (!user.canIn(Permission.ONBOARD_VILLAGES, cleanCode)) {
            throw new BusinessException("regency.row.notOnboarded", region.getName());
        }
        onboarding.onboard(cleanCode, villages.suggestSlug(cleanCode), null, email, invitedBy, locale);
        return Outcome.ONBOARDED_AND_INVITED;
    }

    static boolean sameName(String given, String official) {
        return comparable(given).equals(comparable(official));
    }

    private static String comparable(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        return plain.replaceFirst("^(desa|kelurahan|kel|ds)\\s+", "");
    }
}
