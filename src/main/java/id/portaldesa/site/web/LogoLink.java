package id.portaldesa.site.web;

import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** For layouts: the address of the current village's logo, versioned; null when it has none. */
@Named("logo")
@RequestScoped
public class LogoLink {

    @Inject
    CurrentVillage village;

    @Inject
    HttpServletRequest request;

    public String getUrl() {
        return village.get()
                .filter(VillageRef::hasLogo)
                .map(v -> request.getContextPath() + village.getPathPrefix() + LogoServlet.pathFor(v.logoVersion()))
                .orElse(null);
    }
}
