package id.portaldesa.account;

/**
 * The action keys recorded so far. Every feature may record its own (e.g. {@code letters.template.edited});
 * each needs the i18n key {@code audit.action.<key>} in both languages.
 */
public final class AuditActions {

    public static final String STAFF_INVITED = "staff.invited";
    public static final String INVITATION_ACCEPTED = "staff.invitation.accepted";
    public static final String INVITATION_REVOKED = "staff.invitation.revoked";
    public static final String MEMBERSHIP_REVOKED = "staff.membership.revoked";
    public static final String PROFILE_CHANGED = "site.profile.changed";
    public static final String LOGO_CHANGED = "site.logo.changed";
    public static final String LOGO_REMOVED = "site.logo.removed";
    public static final String VILLAGE_SUSPENDED = "village.suspended";
    public static final String VILLAGE_REACTIVATED = "village.reactivated";

    private AuditActions() {}
}
