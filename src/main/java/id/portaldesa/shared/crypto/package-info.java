/**
 * Encryption of personal data at rest (UU PDP 27/2022): AES-GCM for the value, bound to where it is
 * stored ({@link id.portaldesa.shared.crypto.SealedAt}) and marked with the version of its key; a
 * per-village keyed hash for exact-match lookups; both from one 256-bit data key. A changed key is
 * rotated at start ({@link id.portaldesa.shared.crypto.DataKeyRotation}) over every feature's
 * {@link id.portaldesa.shared.crypto.SealedData}.
 */
package id.portaldesa.shared.crypto;
