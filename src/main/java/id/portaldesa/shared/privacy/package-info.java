/**
 * Personal data (UU 27/2022) as a seam: every feature that stores something about a person
 * implements {@link id.portaldesa.shared.privacy.PersonalDataSource}; the account feature collects
 * all of them through CDI for the person's download and for the erasure of a deleted account.
 */
package id.portaldesa.shared.privacy;
