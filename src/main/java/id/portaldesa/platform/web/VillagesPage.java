package id.portaldesa.platform.web;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.platform.OnboardingService;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.village.RegionRepository;
import id.portaldesa.village.Village;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.List;

/**
 * The platform console's list of villages, with onboarding from the official list and suspension:
 * everything for the platform admin, the villages of their region for regency admins and viewers.
 */
@Named
@ViewScoped
public class VillagesPage implements Serializable {

    @Inject
    VillageService villages;

    @Inject
    OnboardingService onboarding;

    @Inject
    RegionRepository regions;

    @Inject
    CurrentUser user;

    @Inject
    CurrentLanguage language;

    @NotBlank
    @Pattern(regexp = "\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}( .*)?", message = "{village.onboard.code.invalid}")
    private String code;

    @NotBlank
    private String slug;

    @Pattern(regexp = "|" + VillageService.HOST_PATTERN, message = "{village.domain.invalid}")
    private String domain;

    @NotBlank
    @Email
    private String adminEmail;

    private transient List<Village> all;

    /** For the picker: "15.02.02.2004 Kungkai" entries of the official list. */
    public List<String> completeRegion(String query) {
        return regions.searchVillages(query, 20, user.scopeOf(Permission.ONBOARD_VILLAGES)).stream()
                .map(r -> r.getCode() + " " + r.getName())
                .toList();
    }

    /** After a region is picked, proposes a slug. */
    public void regionPicked() {
        code = code == null ? null : code.split(" ")[0];
        if (slug == null || slug.isBlank()) {
            slug = villages.suggestSlug(code);
        }
    }

    public void onboard() {
        try {
            String pickedCode = code.split(" ")[0];
            VillageRef village = onboarding.onboard(
                    pickedCode, slug, domain, adminEmail, user.accountId().orElse(null), language.getLocale());
            FacesMessages.info("village.onboard.done", village.name(), village.slug(), adminEmail);
            code = null;
            slug = null;
            domain = null;
            adminEmail = null;
            all = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void suspend(long villageId) {
        villages.suspend(villageId);
        FacesMessages.info("village.suspended");
        all = null;
    }

    public void activate(long villageId) {
        villages.activate(villageId);
        FacesMessages.info("village.activated");
        all = null;
    }

    public List<Village> getAll() {
        if (all == null) {
            all = villages.listVisible();
        }
        return all;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }
}
