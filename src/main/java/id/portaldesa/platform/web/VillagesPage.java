package id.portaldesa.platform.web;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.platform.OnboardingService;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.shared.web.PagedDataModel;
import id.portaldesa.village.OfficialVillage;
import id.portaldesa.village.RegionRepository;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageService;
import id.portaldesa.village.validation.Slug;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.List;

/**
 * The platform console's list of the official list's villages (onboarded or not), paged in the
 * database, with onboarding and suspension: every village for the platform admin, those of their
 * region for regency admins and viewers.
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
    @Slug
    private String slug;

    @Pattern(regexp = "|" + VillageService.HOST_PATTERN, message = "{village.domain.invalid}")
    private String domain;

    @NotBlank
    @Email
    private String adminEmail;

    private final PagedDataModel<OfficialVillage> list = new PagedDataModel<>(
            request -> regions.officialVillages(request, user.scopeOf(Permission.VIEW_REGENCY)),
            OfficialVillage::getCode);

    /** For the picker: "15.02.02.2004 Kungkai" entries of the official list. */
    public List<String> completeRegion(String query) {
        return regions.searchVillages(query, 20, user.scopeOf(Permission.ONBOARD_VILLAGES)).stream()
                .map(r -> r.getCode() + " " + r.getName())
                .toList();
    }

    /** A village picked in the list goes into the onboarding form, with a proposed slug. */
    public void pick(OfficialVillage village) {
        code = village.getCode() + " " + village.getName();
        slug = villages.suggestSlug(village.getCode());
    }

    /** After a region is picked, proposes a slug. */
    public void regionPicked() {
        code = code == null ? null : code.split(" ")[0];
        if (slug == null || slug.isBlank()) {
            slug = villages.suggestSlug(code);
        }
    }

    public void onboard() {
        String pickedCode = code.split(" ")[0];
        VillageRef village = onboarding.onboard(
                pickedCode, slug, domain, adminEmail, user.accountId().orElse(null), language.getLocale());
        FacesMessages.info("village.onboard.done", village.name(), village.slug(), adminEmail);
        code = null;
        slug = null;
        domain = null;
        adminEmail = null;
    }

    public void suspend(long villageId) {
        onboarding.suspend(villageId);
        FacesMessages.info("village.suspended");
    }

    public void activate(long villageId) {
        onboarding.reactivate(villageId);
        FacesMessages.info("village.activated");
    }

    public PagedDataModel<OfficialVillage> getList() {
        return list;
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
