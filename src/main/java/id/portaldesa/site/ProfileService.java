package id.portaldesa.site;

import id.portaldesa.account.AuditActions;
import id.portaldesa.account.AuditTrail;
import id.portaldesa.village.VillageProfile;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The current village's public identity as its admin edits it; every change goes into the audit log. */
@ApplicationScoped
@Transactional
public class ProfileService {

    @Inject
    VillageService villages;

    @Inject
    AuditTrail audit;

    public VillageRef update(@NotNull @Valid VillageProfile profile) {
        VillageRef changed = villages.updateProfile(profile);
        audit.record(AuditActions.PROFILE_CHANGED, changed.name(), null);
        return changed;
    }
}
