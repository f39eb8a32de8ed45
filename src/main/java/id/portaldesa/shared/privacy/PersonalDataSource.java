package id.portaldesa.shared.privacy;

/**
 * What one feature holds about a person, for the person's own download and for the erasure of their
 * account. Implementations are {@code @ApplicationScoped} beans; they are found through CDI, so a
 * feature that adds a table with personal data adds a source next to it and touches nothing else.
 *
 * <p>Both methods work across villages, by the account id: the person is the same in every village
 * they belong to, and the request comes from the person themselves (never from staff).
 */
public interface PersonalDataSource {

    /** The key of this part in the export, e.g. {@code "residents"}; unique among sources. */
    String section();

    /**
     * Everything this feature holds about the person, as values {@link PersonalDataJson} writes:
     * {@code Map}, {@code List}, strings, numbers, booleans, {@code Instant}/{@code LocalDate}, null.
     * Secrets (password hashes, link tokens) are never part of it. Null when there is nothing.
     */
    Object export(DataSubject subject);

    /**
     * Erases the person's data, in the transaction that deletes the account: values are removed or
     * replaced by pseudonyms; rows other records must keep (an issued letter) stay with their ids.
     */
    void erase(DataSubject subject);
}
