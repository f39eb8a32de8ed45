package id.portaldesa.site;

import id.portaldesa.shared.site.VillageBranding;
import id.portaldesa.site.web.LogoServlet;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The site feature's answer to "how does this village present itself", for letterheads and other
 * features' printouts. Read from the village snapshot in memory: no SQL (the logo's file is read
 * from media when a letter is printed).
 */
@ApplicationScoped
public class SiteBranding implements VillageBranding {

    @Inject
    VillageDirectory directory;

    @Inject
    VillageLinks links;

    @Inject
    Sites sites;

    @Inject
    LogoService logos;

    @Override
    public Optional<Branding> of(long villageId) {
        return directory.byId(villageId).map(this::brandingOf);
    }

    @Override
    public Optional<Logo> currentLogo() {
        return logos.printable();
    }

    private Branding brandingOf(VillageRef v) {
        SiteRef site = sites.of(v.id());
        return new Branding(
                v.name(),
                site.hasLogo() ? links.siteOf(v) + LogoServlet.pathFor(site.logoVersion()) : null,
                site.accentColor(),
                site.tagline(),
                site.address(),
                site.phone(),
                site.email());
    }
}
