package id.portaldesa.account.web;

import id.portaldesa.account.RegionalGrant;
import id.portaldesa.account.RegionalRoleService;
import id.portaldesa.account.Role;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.village.RegionRepository;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The platform admin grants and revokes regency roles for a regency or province. */
@Named
@ViewScoped
public class RegionalRolesPage implements Serializable {

    @Inject
    RegionalRoleService service;

    @Inject
    RegionRepository regions;

    @NotBlank
    @Email
    @Size(max = 190)
    private String email;

    private Role role = Role.REGENCY_ADMIN;

    @NotBlank
    private String region;

    private transient List<RegionalGrant> grants;

    /** For the picker: "15.02 Kabupaten Merangin" and "15 Jambi" entries of the official list. */
    public List<String> completeRegion(String query) {
        return regions.searchRegencies(query, 20).stream()
                .map(r -> r.getCode() + " " + r.getName())
                .toList();
    }

    public void grant() {
        String code = region.trim().split(" ")[0];
        service.grant(email, role, code);
        FacesMessages.info("regency.grant.done", email.trim(), code);
        email = null;
        region = null;
        grants = null;
    }

    public void revoke(long id) {
        service.revoke(id);
        FacesMessages.info("regency.revoke.done");
        grants = null;
    }

    public List<RegionalGrant> getGrants() {
        if (grants == null) {
            grants = service.active();
        }
        return grants;
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(Role::isRegional).toList();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
