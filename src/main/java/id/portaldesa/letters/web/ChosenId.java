package id.portaldesa.letters.web;

import jakarta.faces.context.FacesContext;

/** The record an office page is opened for, by its {@code ?id=}. */
final class ChosenId {

    /** No id given: the page shows its pointer to the list. */
    static final long NONE = 0;

    /** An id that is not a number: the page answers 404. */
    static final long INVALID = -1;

    private ChosenId() {}

    static long ofRequest() {
        String given = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        if (given == null || given.isBlank()) {
            return NONE;
        }
        try {
            return Long.parseLong(given);
        } catch (NumberFormatException e) {
            return INVALID;
        }
    }
}
