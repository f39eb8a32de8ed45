package id.portaldesa.account;

/**
 * Whether a resident record gives access in its village. A DISABLED resident's RESIDENT membership
 * is revoked; a DISPUTED one gave up its NIK to the person an operator found to own it (the record
 * stays, without NIK and without access, so what it did remains attributable). Labels
 * {@code resident.state.*}.
 */
public enum ResidentState {
    ACTIVE,
    DISABLED,
    DISPUTED
}
