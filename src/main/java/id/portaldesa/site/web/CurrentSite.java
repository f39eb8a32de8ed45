package id.portaldesa.site.web;

import id.portaldesa.site.SiteRef;
import id.portaldesa.site.Sites;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** For layouts and pages: the site of the request's village (from memory), or of any village by id. */
@Named("site")
@RequestScoped
public class CurrentSite {

    @Inject
    CurrentVillage village;

    @Inject
    Sites sites;

    private SiteRef ref;

    /** The current village's site, or null on platform pages. */
    public SiteRef getRef() {
        if (ref == null && village.isPresent()) {
            ref = sites.of(village.id());
        }
        return ref;
    }

    /** Another village's site, e.g. for its card in the platform's directory. */
    public SiteRef of(long villageId) {
        return sites.of(villageId);
    }
}
