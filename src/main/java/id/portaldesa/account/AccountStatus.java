package id.portaldesa.account;

/** A registered account is PENDING until its email address is confirmed. */
public enum AccountStatus {
    PENDING,
    ACTIVE,
    DISABLED
}
