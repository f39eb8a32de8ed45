package id.portaldesa.catalogue;

import id.portaldesa.shared.BusinessException;

/** The reason an admin gives for a refusal or hiding: the seller reads it, so it must be said. */
final class Reasons {

    static final int MAX = 500;

    private Reasons() {}

    static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("catalogue.reason.required");
        }
        String trimmed = reason.strip();
        if (trimmed.length() > MAX) {
            throw new BusinessException("catalogue.reason.tooLong", MAX);
        }
        return trimmed;
    }
}
