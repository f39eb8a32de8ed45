package id.portaldesa.shared.security;

/**
 * What a person may do. Derived from role and position by the one table in {@code
 * account.PermissionTable}; services check a permission at their entry, the access filter and the
 * back-office navigation read the same table through the routes. Village permissions hold within one
 * village; regional ones within a regency or province (or everywhere, for the platform admin).
 */
public enum Permission {
    /** Open the back office of the village at all. */
    OPEN_OFFICE(Scope.VILLAGE),
    MANAGE_STAFF(Scope.VILLAGE),
    EDIT_SITE(Scope.VILLAGE),
    PUBLISH_NEWS(Scope.VILLAGE),
    APPROVE_PRODUCTS(Scope.VILLAGE),
    MANAGE_RESIDENTS(Scope.VILLAGE),
    CONFIRM_RESIDENTS(Scope.VILLAGE),
    PROCESS_LETTERS(Scope.VILLAGE),
    VERIFY_LETTERS(Scope.VILLAGE),
    SIGN_LETTERS(Scope.VILLAGE),
    REVOKE_LETTERS(Scope.VILLAGE),
    /** Enable, edit, define, export and import the village's letter types; the letters workflow settings. */
    MANAGE_LETTER_TYPES(Scope.VILLAGE),
    ANSWER_PARTICIPATION(Scope.VILLAGE),
    /** Moderate aspirations (publish, reject, review flagged ones), publish solved complaints as stories, the participation settings and Open311 API keys. */
    MODERATE_PARTICIPATION(Scope.VILLAGE),
    READ_AUDIT_LOG(Scope.VILLAGE),
    /** A resident's own services: requesting letters, submitting aspirations (some need confirmation). */
    USE_RESIDENT_SERVICES(Scope.VILLAGE),
    ONBOARD_VILLAGES(Scope.REGION),
    MANAGE_VILLAGE_ADMINS(Scope.REGION),
    VIEW_REGENCY(Scope.REGION),
    MANAGE_PLATFORM(Scope.PLATFORM);

    /** Where a permission holds. */
    public enum Scope {
        VILLAGE,
        REGION,
        PLATFORM
    }

    private final Scope scope;

    Permission(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
