package id.portaldesa.account.security;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.Membership;
import id.portaldesa.account.MembershipRepository;
import id.portaldesa.account.PermissionTable;
import id.portaldesa.account.Position;
import id.portaldesa.account.RegionalMembership;
import id.portaldesa.account.RegionalMembershipRepository;
import id.portaldesa.account.Role;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.Tokens;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.security.RegionScope;
import id.portaldesa.shared.security.RegionalAuthority;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.RegionCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is making this request and what they may do in the current village, and in which regions.
 * Memberships (village and regional) are read fresh on each request, so revoking someone takes
 * effect on their next click.
 *
 * <p>A session counts as logged in only while its account is active and its password is the one the
 * session logged in with: each login stamps the session with a fingerprint of the password hash, so
 * a new password (reset or change), a disabled or a deleted account ends every other session on its
 * next request.
 */
@Named("user")
@RequestScoped
public class CurrentUser implements RegionalAuthority {

    @Inject
    SecurityContext security;

    @Inject
    AccountRepository accounts;

    @Inject
    MembershipRepository memberships;

    @Inject
    RegionalMembershipRepository regional;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    HttpServletRequest request;

    static final String SESSION_STAMP = CurrentUser.class.getName() + ".stamp";

    private Optional<Account> account;
    private List<Membership> villageMemberships;
    private List<RegionalMembership> regionalMemberships;
    private boolean staleLogin;
    private Long membershipsOf;
    private Long actingAs;

    /** Forget what was read before the login or logout in this same request. */
    public void refresh() {
        account = null;
        villageMemberships = null;
        regionalMemberships = null;
        staleLogin = false;
    }

    public boolean isLoggedIn() {
        return getAccount() != null;
    }

    /**
     * Work outside a web request of this person (startup jobs, in-container tests) acts for one
     * account explicitly, as {@code CurrentVillage.actFor} does for the village; never from anything
     * a visitor sent.
     */
    public void actAs(long accountId) {
        refresh();
        actingAs = accountId;
    }

    /** The logged-in person's account; none for visitors and for accounts no longer active. */
    public Account getAccount() {
        if (account == null) {
            Optional<Long> id = actingAs != null ? Optional.of(actingAs) : callerId();
            account = id.isEmpty()
                    ? Optional.empty()
                    : id.flatMap(accounts::find)
                            .filter(Account::isUsable)
                            .filter(a -> actingAs != null || sessionIsCurrent(a));
            staleLogin = id.isPresent() && account.isEmpty();
        }
        return account.orElse(null);
    }

    /**
     * Stamps the session right after a login (or after the person changed their own password): it
     * stays logged in until the account's password changes elsewhere.
     */
    public void startSession() {
        Principal principal = security.getCallerPrincipal();
        Optional<Account> found = principal == null
                ? Optional.empty()
                : parseId(principal.getName()).flatMap(accounts::find);
        found.ifPresent(a -> request.getSession(true).setAttribute(SESSION_STAMP, stampOf(a)));
        refresh();
    }

    private boolean sessionIsCurrent(Account a) {
        HttpSession session = request.getSession(false);
        return session != null && stampOf(a).equals(session.getAttribute(SESSION_STAMP));
    }

    /** A fingerprint of the stored hash (itself salted): changes with every new password. */
    private static String stampOf(Account a) {
        return Tokens.sha256(a.getPasswordHash()).substring(0, 32);
    }

    /**
     * A session still logged in for an account that was disabled or deleted since, or whose password
     * changed since this session logged in.
     */
    public boolean isStaleLogin() {
        getAccount();
        return staleLogin;
    }

    public Optional<Long> accountId() {
        return Optional.ofNullable(getAccount()).map(Account::getId);
    }

    public boolean isPlatformAdmin() {
        return isLoggedIn() && getAccount().isPlatformAdmin();
    }

    /** Active memberships in the current village; none on platform pages. */
    public List<Membership> getMemberships() {
        // Keyed by village: work done for another village inside this request (CurrentVillage.within)
        // must never be judged by the memberships of the first.
        Long villageId = currentVillage.get().map(v -> v.id()).orElse(null);
        if (villageMemberships == null || !Objects.equals(villageId, membershipsOf)) {
            villageMemberships = isLoggedIn() && villageId != null
                    ? memberships.activeOf(getAccount().getId())
                    : List.of();
            membershipsOf = villageId;
        }
        return villageMemberships;
    }

    /** Active regency roles, wherever the request is. */
    public List<RegionalMembership> getRegionalMemberships() {
        if (regionalMemberships == null) {
            regionalMemberships = isLoggedIn() ? regional.activeOf(getAccount().getId()) : List.of();
        }
        return regionalMemberships;
    }

    /** Holds a regency role for some regency or province (and so works on the platform console). */
    public boolean isRegional() {
        return !getRegionalMemberships().isEmpty();
    }

    public boolean has(Role role) {
        return getMemberships().stream().anyMatch(m -> m.getRole() == role);
    }

    public boolean isVillageAdmin() {
        return has(Role.VILLAGE_ADMIN);
    }

    public boolean isOfficial() {
        return has(Role.OFFICIAL);
    }

    public boolean isStaff() {
        return isVillageAdmin() || isOfficial();
    }

    public boolean isResident() {
        return has(Role.RESIDENT);
    }

    public Optional<Position> position() {
        return getMemberships().stream()
                .filter(m -> m.getRole() == Role.OFFICIAL)
                .map(Membership::getPosition)
                .findFirst();
    }

    /**
     * Whether this person may do this here: a village permission in the village of the request; a
     * regional one somewhere (which region: {@link #canIn}); a platform one for the platform admin.
     */
    public boolean can(Permission permission) {
        if (!isLoggedIn()) {
            return false;
        }
        if (permission.scope() == Permission.Scope.VILLAGE) {
            return getMemberships().stream()
                    .anyMatch(m ->
                            PermissionTable.of(m.getRole(), m.getPosition()).contains(permission));
        }
        if (isPlatformAdmin() && PermissionTable.ofPlatformAdmin().contains(permission)) {
            return true;
        }
        return permission.scope() == Permission.Scope.REGION
                && !scopeOf(permission).isEmpty();
    }

    /**
     * Where this person holds a regional permission: everywhere for the platform admin, else the
     * regencies and provinces of their regency roles that grant it. Village permissions hold in no
     * region.
     */
    @Override
    public RegionScope scopeOf(Permission permission) {
        if (!isLoggedIn() || permission.scope() == Permission.Scope.VILLAGE) {
            return RegionScope.NOWHERE;
        }
        if (isPlatformAdmin() && PermissionTable.ofPlatformAdmin().contains(permission)) {
            return RegionScope.EVERYWHERE;
        }
        Set<String> regions = getRegionalMemberships().stream()
                .filter(m -> PermissionTable.of(m.getRole(), null).contains(permission))
                .map(RegionalMembership::getRegionCode)
                .collect(Collectors.toSet());
        return RegionScope.of(regions);
    }

    public boolean canIn(Permission permission, RegionCode region) {
        return canIn(permission, region.value());
    }

    public void requireIn(Permission permission, RegionCode region) {
        requireIn(permission, region.value());
    }

    /** For EL: {@code #{user.mayIn('ONBOARD_VILLAGES', v.code)}}. */
    public boolean mayIn(String permission, String regionCode) {
        return canIn(Permission.valueOf(permission), regionCode);
    }

    /** For EL: {@code #{user.may('EDIT_SITE')}}. */
    public boolean may(String permission) {
        return can(Permission.valueOf(permission));
    }

    /**
     * Checked at the entry of every service method that needs a permission. Someone without it is
     * told the thing does not exist, as for another village's record.
     */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new NotFoundException();
        }
    }

    /** The logged-in caller of this web request; none outside one (startup, timers). */
    private Optional<Long> callerId() {
        Principal principal;
        try {
            principal = security.getCallerPrincipal();
        } catch (IllegalStateException outsideAWebRequest) {
            return Optional.empty();
        }
        return principal == null ? Optional.empty() : parseId(principal.getName());
    }

    private static Optional<Long> parseId(String name) {
        try {
            return Optional.of(Long.parseLong(name));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
