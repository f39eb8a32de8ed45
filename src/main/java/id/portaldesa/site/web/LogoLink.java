package id.portaldesa.site.web;

import id.portaldesa.site.SiteRef;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** For layouts: the address of the current village's logo, versioned; null when it has none. */
@Named("logo")
@RequestScoped
public class LogoLink {

    @Inject
    CurrentVillage village;

    @Inject
    CurrentSite site;

    @Inject
    HttpServletRequest request;

    public String getUrl() {
        return Optional.ofNullable(site.getRef())
                .filter(SiteRef::hasLogo)
                .map(s -> request.getContextPath() + village.getPathPrefix() + LogoServlet.pathFor(s.logoVersion()))
                .orElse(null);
    }
}
