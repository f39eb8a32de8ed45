package id.portaldesa.account;

/**
 * What a membership allows (design §3): the village roles hold within one village, the regency roles
 * within one regency or province. Platform admins are flagged on the account.
 */
public enum Role {
    VILLAGE_ADMIN,
    OFFICIAL,
    RESIDENT,
    REGENCY_ADMIN,
    REGENCY_VIEWER;

    public boolean isRegional() {
        return this == REGENCY_ADMIN || this == REGENCY_VIEWER;
    }
}
