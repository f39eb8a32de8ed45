package id.portaldesa.shared.privacy;

/**
 * The person whose data is exported or erased: their account id and the email address the account
 * had when the request began (erasure replaces it, and some records are kept by address).
 */
public record DataSubject(long accountId, String email) {

    @Override
    public String toString() {
        return "DataSubject[" + accountId + "]";
    }
}
