/**
 * Encryption of personal data at rest (UU PDP 27/2022): AES-GCM for the value, a keyed hash for
 * exact-match lookups, both from one 256-bit data key.
 */
package id.portaldesa.shared.crypto;
