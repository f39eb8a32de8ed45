package id.portaldesa.platform;

import id.portaldesa.account.Role;
import id.portaldesa.account.StaffService;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.Locale;

/** Puts a village online and invites its first admin, in one transaction. */
@ApplicationScoped
@Transactional
public class OnboardingService {

    @Inject
    VillageService villages;

    @Inject
    StaffService staff;

    @Inject
    CurrentVillage currentVillage;

    public VillageRef onboard(
            @NotBlank String code,
            @NotBlank String slug,
            String domain,
            @NotBlank @Email String firstAdminEmail,
            Long invitedBy,
            Locale locale) {
        VillageRef village = villages.onboard(code, slug, domain);
        // The platform acts for the new village explicitly; the request itself stays a platform request.
        currentVillage.within(
                village, () -> staff.invite(firstAdminEmail, Role.VILLAGE_ADMIN, null, invitedBy, locale));
        return village;
    }
}
