package id.portaldesa.account;

/** What a membership allows within its village (design §3). Platform admins are flagged on the account. */
public enum Role {
    VILLAGE_ADMIN,
    OFFICIAL,
    RESIDENT
}
