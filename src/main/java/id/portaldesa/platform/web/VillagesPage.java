package id.portaldesa.platform.web;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.platform.BulkOnboardingJobs;
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
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
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

    @Inject
    BulkOnboardingJobs bulkJobs;

    /** The region picked for onboarding all its villages: "15.02 KAB. MERANGIN". */
    @NotBlank
    private String area;

    /** The bulk job this page started or looks at; the job itself lives on without the page. */
    private String jobId;

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

    /** For the region picker: "15.02 KAB. MERANGIN" entries (provinces, regencies, districts). */
    public List<String> completeArea(String query) {
        if (!user.can(Permission.MANAGE_PLATFORM)) {
            return List.of();
        }
        return regions.searchAreas(query, 20).stream()
                .map(r -> r.getCode() + " " + r.getName())
                .toList();
    }

    public void startBulk() {
        BulkOnboardingJobs.Job job = bulkJobs.start(area);
        jobId = job.getId();
        FacesMessages.info("village.bulk.started", job.getRegionName());
        area = null;
    }

    /** The job shown: the one started here, else the newest one (after coming back to the page). */
    public BulkOnboardingJobs.Job getJob() {
        return bulkJobs.find(jobId)
                .or(() -> bulkJobs.recent().stream().findFirst())
                .orElse(null);
    }

    public List<BulkOnboardingJobs.Job> getJobs() {
        return bulkJobs.recent();
    }

    public void downloadCsv(String id) throws IOException {
        byte[] csv = bulkJobs.csv(id).getBytes(StandardCharsets.UTF_8);
        BulkOnboardingJobs.Job job = bulkJobs.find(id).orElseThrow();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader(
                "Content-Disposition", "attachment; filename=\"desa-" + job.getRegionCode() + ".csv\"");
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseContentLength(csv.length);
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(csv);
        }
        faces.responseComplete();
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
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
