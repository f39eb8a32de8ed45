package id.portaldesa.shared.web;

import jakarta.faces.context.FacesContext;

/** The record an office page is opened for, by its {@code ?id=}. */
public final class ChosenId {

    /** No id given: the page shows its pointer to the list. */
    public static final long NONE = 0;

    /** An id that is not a number: the page answers 404. */
    public static final long INVALID = -1;

    private ChosenId() {}

    public static long ofRequest() {
        String given = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        if (given == null || given.isBlank()) {
            return NONE;
        }
        try {
            return Long.parseLong(given.strip());
        } catch (NumberFormatException e) {
            return INVALID;
        }
    }
}
