package id.portaldesa.account.web;

import id.portaldesa.account.Acting;
import id.portaldesa.account.Invitation;
import id.portaldesa.account.Position;
import id.portaldesa.account.Role;
import id.portaldesa.account.StaffMember;
import id.portaldesa.account.StaffService;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The village admin's staff page: who has access, pending invitations, invite and revoke. */
@Named
@RequestScoped
public class StaffPage {

    @Inject
    StaffService staff;

    @Inject
    CurrentUser user;

    @Inject
    CurrentLanguage language;

    @NotBlank
    @Email
    @Size(max = 190)
    private String email;

    @NotNull
    private Role role = Role.OFFICIAL;

    private Position position;

    private Acting acting;

    private final Map<Long, String> titles = new HashMap<>();

    private List<StaffMember> members;
    private List<Invitation> invitations;

    public void invite() {
        staff.invite(email, role, position, acting, user.accountId().orElse(null), language.getLocale());
        FacesMessages.info("account.invite.sent", email);
        email = null;
        reload();
    }

    public void revoke(long membershipId) {
        staff.revokeMembership(membershipId);
        FacesMessages.info("account.staff.revoked");
        reload();
    }

    public void retitle(long membershipId) {
        staff.retitle(membershipId, titles.get(membershipId));
        FacesMessages.info("account.staff.retitled");
        reload();
    }

    /** The title being edited per membership, for the staff table's inputs. */
    public Map<Long, String> getTitles() {
        return titles;
    }

    public Acting[] getActings() {
        return Acting.values();
    }

    public Acting getActing() {
        return acting;
    }

    public void setActing(Acting acting) {
        this.acting = acting;
    }

    public void cancelInvitation(long invitationId) {
        staff.revokeInvitation(invitationId);
        FacesMessages.info("account.invite.cancelled");
        reload();
    }

    private void reload() {
        members = null;
        invitations = null;
    }

    public List<StaffMember> getMembers() {
        if (members == null) {
            members = staff.staff();
        }
        return members;
    }

    public List<Invitation> getInvitations() {
        if (invitations == null) {
            invitations = staff.pendingInvitations();
        }
        return invitations;
    }

    public Role[] getRoles() {
        return new Role[] {Role.VILLAGE_ADMIN, Role.OFFICIAL};
    }

    public Position[] getPositions() {
        return Position.values();
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

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }
}
