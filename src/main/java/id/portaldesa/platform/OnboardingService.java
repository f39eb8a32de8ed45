package id.portaldesa.platform;

import id.portaldesa.account.AuditActions;
import id.portaldesa.account.AuditTrail;
import id.portaldesa.account.StaffService;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.Locale;

/**
 * Puts a village online and invites its first admin, in one transaction; takes it offline and back.
 * Only inside a region where the person may onboard villages (a village elsewhere answers "not
 * found"); what the platform does to a village goes into that village's audit log.
 */
@ApplicationScoped
@Transactional
public class OnboardingService {

    @Inject
    VillageService villages;

    @Inject
    StaffService staff;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    public VillageRef onboard(
            @NotBlank String code,
            @NotBlank String slug,
            String domain,
            @NotBlank @Email String firstAdminEmail,
            Long invitedBy,
            Locale locale) {
        user.requireIn(Permission.ONBOARD_VILLAGES, code);
        if (domain != null && !domain.isBlank() && !user.can(Permission.MANAGE_PLATFORM)) {
            // Which host names serve which village is the platform's to decide, not a region's.
            throw new BusinessException("village.domain.platformOnly");
        }
        VillageRef village = villages.onboard(code, slug, domain);
        // The platform acts for the new village explicitly; the request itself stays a platform request.
        staff.inviteVillageAdmin(village, firstAdminEmail, false, invitedBy, locale);
        return village;
    }

    public void suspend(long villageId) {
        villages.suspend(villageId);
        audit.recordIn(villageId, user.accountId().orElse(null), AuditActions.VILLAGE_SUSPENDED, null, null);
    }

    public void reactivate(long villageId) {
        villages.activate(villageId);
        audit.recordIn(villageId, user.accountId().orElse(null), AuditActions.VILLAGE_REACTIVATED, null, null);
    }
}
