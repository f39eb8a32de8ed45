package id.portaldesa.letters.issue;

import id.portaldesa.shared.security.Permission;

/** The permissions of the issuing side, in one place. */
public final class IssueAccess {

    /** The numbering settings: the village admin, like the letter types. */
    public static final Permission SETTINGS = Permission.EDIT_SITE;

    /** Issuing a letter: the head of the village, or the secretary signing "a.n." where allowed. */
    public static final Permission SIGN = Permission.SIGN_LETTERS;

    public static final Permission SIGN_ON_BEHALF = Permission.VERIFY_LETTERS;

    public static final Permission REVOKE = Permission.REVOKE_LETTERS;

    private IssueAccess() {}
}
