package id.portaldesa.account;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.account.validation.AccountPassword;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.Tokens;
import id.portaldesa.shared.i18n.Language;
import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.shared.mail.OutgoingMail;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The staff of the current village: invitations by email, accepting them, revoking access. Every
 * record is looked up within the current village, so another village's ids answer "not found".
 */
@ApplicationScoped
@Transactional
public class StaffService {

    static final Duration INVITATION_VALID = Duration.ofDays(7);

    @Inject
    AccountRepository accounts;

    @Inject
    MembershipRepository memberships;

    @Inject
    InvitationRepository invitations;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    VillageLinks links;

    @Inject
    PasswordHasher passwords;

    @Inject
    Event<OutgoingMail> mail;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    /** Invites a person to become an admin, or an official with a position, of the current village. */
    public Invitation invite(
            @NotBlank @Email String email,
            @NotNull Role role,
            Position position,
            Long invitedBy,
            @NotNull Locale locale) {
        return invite(email, role, position, null, invitedBy, locale);
    }

    /** The same for an official who will hold the position in an acting capacity (Plt./Pj.). */
    public Invitation invite(
            @NotBlank @Email String email,
            @NotNull Role role,
            Position position,
            Acting acting,
            Long invitedBy,
            @NotNull Locale locale) {
        // A village's own admin manages its staff; the platform (or the region) invites its admins.
        if (!user.can(Permission.MANAGE_STAFF)
                && !(role == Role.VILLAGE_ADMIN
                        && user.canIn(
                                Permission.MANAGE_VILLAGE_ADMINS,
                                currentVillage.require().code()))) {
            throw new NotFoundException();
        }
        if (role == Role.RESIDENT) {
            throw new BusinessException("account.invite.role");
        }
        if (role == Role.OFFICIAL && position == null) {
            throw new BusinessException("account.invite.positionRequired");
        }
        VillageRef village = currentVillage.require();
        String normalised = AccountRepository.normaliseEmail(email);
        boolean alreadyStaff = accounts.findByEmail(normalised)
                .map(a -> memberships.activeOf(a.getId()).stream().anyMatch(m -> m.getRole() == role))
                .orElse(false);
        if (alreadyStaff) {
            throw new BusinessException("account.invite.alreadyStaff", normalised);
        }
        return send(village, normalised, role, position, acting, false, invitedBy, locale);
    }

    /**
     * From the platform: invites an admin of an existing village inside the region where the person
     * may manage village admins (elsewhere: "not found"). With {@code replace}, accepting the
     * invitation revokes every other admin of the village at that moment; until then the current
     * admins keep working, so a village is never left without an admin.
     */
    public Invitation inviteVillageAdmin(
            @NotNull VillageRef village,
            @NotBlank @Email String email,
            boolean replace,
            Long invitedBy,
            @NotNull Locale locale) {
        user.requireIn(Permission.MANAGE_VILLAGE_ADMINS, village.code());
        String normalised = AccountRepository.normaliseEmail(email);
        return currentVillage.within(village, () -> {
            boolean alreadyAdmin = accounts.findByEmail(normalised)
                    .map(a -> memberships.activeOf(a.getId()).stream().anyMatch(m -> m.getRole() == Role.VILLAGE_ADMIN))
                    .orElse(false);
            if (alreadyAdmin) {
                throw new BusinessException("account.invite.alreadyStaff", normalised);
            }
            return send(village, normalised, Role.VILLAGE_ADMIN, null, null, replace, invitedBy, locale);
        });
    }

    private Invitation send(
            VillageRef village,
            String normalised,
            Role role,
            Position position,
            Acting acting,
            boolean replace,
            Long invitedBy,
            Locale locale) {
        Instant now = clock.instant();
        String token = Tokens.newToken();
        Invitation invitation = new Invitation(
                village.id(),
                normalised,
                role,
                position,
                Tokens.sha256(token),
                invitedBy,
                now,
                now.plus(INVITATION_VALID));
        if (replace) {
            invitation.replaceAdmins();
        }
        invitation.acting(acting);
        invitations.add(invitation);
        String link = links.page(village, "/public/account/accept.xhtml", "token", token);
        String roleName = Messages.get(locale, role == Role.OFFICIAL ? "position." + position : "role." + role);
        mail.fire(new OutgoingMail(
                village.id(),
                normalised,
                Messages.get(locale, "mail.invite.subject", village.name()),
                Messages.get(locale, "mail.invite.body", village.name(), roleName, link)));
        audit.recordBy(invitedBy, AuditActions.STAFF_INVITED, normalised, roleInLog(role, position));
        return invitation;
    }

    /**
     * Accepts an invitation of the current village. A new person chooses a name and password; an
     * existing account proves itself with its password.
     */
    public Account accept(
            @NotBlank String token, @Size(max = 120) String name, @NotBlank @AccountPassword String password) {
        Invitation invitation = invitations
                .byTokenHash(Tokens.sha256(token))
                .orElseThrow(() -> new BusinessException("account.invite.invalid"));
        Instant now = clock.instant();
        if (invitation.isUsed()) {
            throw new BusinessException("account.invite.used");
        }
        if (!invitation.isPending(now)) {
            throw new BusinessException("account.invite.expired");
        }
        // Claimed first, by a conditional update: of two requests racing with one link, one wins.
        if (!invitations.claim(invitation.getId(), now)) {
            throw new BusinessException("account.invite.used");
        }
        Account account = accounts.findByEmail(invitation.getEmail()).orElse(null);
        if (account == null) {
            if (name == null || name.isBlank()) {
                throw new BusinessException("account.name.required");
            }
            account = new Account(
                    invitation.getEmail(), name.trim(), passwords.hash(password), AccountStatus.ACTIVE, now);
            accounts.add(account);
        } else if (!passwords.verify(password, account.getPasswordHash())) {
            throw new BusinessException("account.accept.wrongPassword");
        } else if (account.getStatus() == AccountStatus.PENDING) {
            // The invitation link proves the address just as a confirmation link would.
            account.setStatus(AccountStatus.ACTIVE);
        }
        if (invitation.isReplacingAdmins()) {
            long newAdmin = account.getId();
            memberships.activeAdminMemberships().stream()
                    .filter(m -> m.getAccountId() != newAdmin)
                    .forEach(m -> m.revoke(now));
        }
        VillageRef village = currentVillage.require();
        Membership membership = new Membership(
                invitation.getVillageId(), account.getId(), invitation.getRole(), invitation.getPosition(), now);
        if (invitation.getPosition() != null) {
            membership.appointed(
                    invitation.getActing(),
                    OfficialTitle.suggest(
                            invitation.getPosition(), invitation.getActing(), village.code(), village.name()));
        }
        memberships.add(membership);
        audit.recordBy(
                account.getId(),
                AuditActions.INVITATION_ACCEPTED,
                invitation.getEmail(),
                roleInLog(invitation.getRole(), invitation.getPosition()));
        return account;
    }

    /** Whether the invitation behind a link is for someone who already has an account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean invitationForExistingAccount(String token) {
        return invitations
                .byTokenHash(Tokens.sha256(token))
                .flatMap(i -> accounts.findByEmail(i.getEmail()))
                .isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffMember> staff() {
        requireOversight();
        return memberships.activeStaff();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invitation> pendingInvitations() {
        requireOversight();
        return invitations.pending(clock.instant());
    }

    /**
     * Sets the title an official's letters print (e.g. "Kaur Keuangan"); empty brings back the
     * suggestion for the position.
     */
    public void retitle(long membershipId, @Size(max = 160) String title) {
        user.require(Permission.MANAGE_STAFF);
        Membership membership = memberships.require(membershipId);
        if (!membership.isActive() || membership.getRole() != Role.OFFICIAL) {
            throw new NotFoundException();
        }
        VillageRef village = currentVillage.require();
        membership.appointed(
                membership.getActing(),
                OfficialTitle.of(
                        membership.getPosition(), membership.getActing(), title, village.code(), village.name()));
    }

    /** Ends a staff membership of the current village; the last admin cannot be removed. */
    public void revokeMembership(long membershipId) {
        user.require(Permission.MANAGE_STAFF);
        Membership membership = memberships.require(membershipId);
        if (!membership.isActive() || membership.getRole() == Role.RESIDENT) {
            throw new NotFoundException();
        }
        if (membership.getRole() == Role.VILLAGE_ADMIN) {
            // Counted under the village's lock: two admins revoking each other at once cannot both win.
            List<Long> admins = memberships.lockActiveAdmins();
            if (!admins.contains(membership.getId())) {
                throw new NotFoundException();
            }
            if (admins.size() <= 1) {
                throw new BusinessException("account.staff.lastAdmin");
            }
        }
        membership.revoke(clock.instant());
        audit.record(
                AuditActions.MEMBERSHIP_REVOKED,
                accounts.find(membership.getAccountId()).map(Account::getEmail).orElse(null),
                roleInLog(membership.getRole(), membership.getPosition()));
    }

    public void revokeInvitation(long invitationId) {
        user.require(Permission.MANAGE_STAFF);
        Invitation invitation = invitations.require(invitationId);
        if (invitation.isUsed()) {
            throw new NotFoundException();
        }
        invitation.revoke(clock.instant());
        audit.record(
                AuditActions.INVITATION_REVOKED,
                invitation.getEmail(),
                roleInLog(invitation.getRole(), invitation.getPosition()));
    }

    /** The village's own admin, or whoever may manage its admins from the region, sees its staff. */
    private void requireOversight() {
        if (!user.can(Permission.MANAGE_STAFF)
                && !user.canIn(
                        Permission.MANAGE_VILLAGE_ADMINS,
                        currentVillage.require().code())) {
            throw new NotFoundException();
        }
    }

    /** The role as the log shows it: in the village's working language, as it was at the time. */
    private static String roleInLog(Role role, Position position) {
        return Messages.get(
                Language.ID.locale(),
                role == Role.OFFICIAL && position != null ? "position." + position : "role." + role);
    }

    /** Grants a role directly; used for demo data and by the platform when it onboards a village. */
    public Membership grant(long accountId, Role role, Position position) {
        VillageRef village = currentVillage.require();
        Membership membership = new Membership(village.id(), accountId, role, position, clock.instant());
        if (position != null) {
            membership.appointed(null, OfficialTitle.suggest(position, null, village.code(), village.name()));
        }
        memberships.add(membership);
        return membership;
    }
}
