package id.portaldesa.site.web;

import id.portaldesa.media.MediaService;
import id.portaldesa.media.web.MediaLinks;
import id.portaldesa.site.LogoService;
import id.portaldesa.site.SiteRef;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * For layouts: the address of the current village's logo, versioned; null when it has none. The logo
 * is a media image (its address from {@link MediaLinks}, read from memory); a logo stored before
 * media existed keeps its old address until it is moved onto media at start.
 */
@Named("logo")
@RequestScoped
public class LogoLink {

    @Inject
    CurrentVillage village;

    @Inject
    CurrentSite site;

    @Inject
    MediaService media;

    @Inject
    MediaLinks links;

    @Inject
    HttpServletRequest request;

    public String getUrl() {
        SiteRef ref = site.getRef();
        if (ref == null) {
            return null;
        }
        if (ref.logoMediaId() != null) {
            return media.find(ref.logoMediaId())
                    .map(logo -> links.src(logo, LogoService.SIDE))
                    .orElse(null);
        }
        return ref.hasLogo()
                ? request.getContextPath() + village.getPathPrefix() + LogoServlet.pathFor(ref.logoVersion())
                : null;
    }
}
