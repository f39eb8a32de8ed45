package id.portaldesa.account;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.Region;
import id.portaldesa.village.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;

/**
 * The platform admin grants and revokes the regency roles (design §3) for one regency or province
 * of the official list, to a person who already has an account.
 */
@ApplicationScoped
@Transactional
public class RegionalRoleService {

    @Inject
    AccountRepository accounts;

    @Inject
    RegionalMembershipRepository regional;

    @Inject
    RegionRepository regions;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public RegionalMembership grant(
            @NotBlank @Email @Size(max = 190) String email, @NotNull Role role, @NotBlank String regionCode) {
        user.require(Permission.MANAGE_PLATFORM);
        if (!role.isRegional()) {
            throw new BusinessException("regency.grant.role");
        }
        Region region = regions.find(regionCode.trim())
                .filter(r -> r.getDepth() <= 2)
                .orElseThrow(() -> new BusinessException("regency.grant.region", regionCode));
        Account account = accounts.findByEmail(email)
                .orElseThrow(() -> new BusinessException("regency.grant.noAccount", email.trim()));
        boolean held = regional.activeOf(account.getId()).stream()
                .anyMatch(m -> m.getRole() == role && m.getRegionCode().equals(region.getCode()));
        if (held) {
            throw new BusinessException("regency.grant.held", account.getEmail(), region.getName());
        }
        RegionalMembership membership = new RegionalMembership(
                account.getId(), role, region.getCode(), user.accountId().orElse(null), clock.instant());
        regional.add(membership);
        return membership;
    }

    public void revoke(long membershipId) {
        user.require(Permission.MANAGE_PLATFORM);
        RegionalMembership membership =
                regional.find(membershipId).filter(RegionalMembership::isActive).orElseThrow(NotFoundException::new);
        membership.revoke(user.accountId().orElse(null), clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegionalGrant> active() {
        user.require(Permission.MANAGE_PLATFORM);
        return regional.active();
    }
}
