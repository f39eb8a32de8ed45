package id.portaldesa.account;

/** How an operator confirmed a resident's identity; labels {@code resident.confirm.method.*}. */
public enum ConfirmationMethod {
    /** Against the KTP/KK scans the resident uploaded. */
    DOCUMENT_SCAN,
    /** The resident showed the KTP/KK at the village office counter. */
    COUNTER
}
