/**
 * Bean Validation constraints that belong to no feature ({@link id.portaldesa.shared.validation.HexColor},
 * {@link id.portaldesa.shared.validation.PhoneNumber}). Feature-specific ones live with their feature
 * ({@code account.validation}, {@code village.validation}); messages are in {@code ValidationMessages_*}.
 */
package id.portaldesa.shared.validation;
