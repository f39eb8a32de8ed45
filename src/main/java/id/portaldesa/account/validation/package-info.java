/**
 * Bean Validation constraints of accounts ({@link id.portaldesa.account.validation.Nik},
 * {@link id.portaldesa.account.validation.FamilyCardNumber},
 * {@link id.portaldesa.account.validation.AccountPassword}), declared once and put on form objects,
 * page beans and service parameters alike, so a rule and its message live in one place.
 */
package id.portaldesa.account.validation;
