package id.portaldesa.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Per-page layout decisions. Public pages stay light: PrimeFaces' theme is loaded only in the back
 * office and the platform console.
 */
@Named
@RequestScoped
public class Layout {

    public String getPrimeFacesTheme() {
        return isBackOffice() ? "saga-blue" : "none";
    }

    public boolean isBackOffice() {
        FacesContext context = FacesContext.getCurrentInstance();
        String viewId = context == null || context.getViewRoot() == null
                ? ""
                : context.getViewRoot().getViewId();
        return Audience.of(viewId).filter(Audience::isBackOffice).isPresent();
    }
}
