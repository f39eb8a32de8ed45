package id.portaldesa.account;

/**
 * A registered account is PENDING until its email address is confirmed. A DELETED account was
 * erased at its owner's request: the row stays, pseudonymous, and can never log in again.
 */
public enum AccountStatus {
    PENDING,
    ACTIVE,
    DISABLED,
    DELETED
}
