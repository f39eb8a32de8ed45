package id.portaldesa.village;

import id.portaldesa.shared.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/** Absolute URLs of the platform and of each village, for links sent by email. */
@ApplicationScoped
public class VillageLinks {

    @Inject
    PortalConfig config;

    /** {@code https://kungkai.desa.id} for a village with a domain, else {@code https://base/kungkai}. */
    public String siteOf(VillageRef village) {
        URI base = config.baseUrl();
        if (village.primaryHost() != null) {
            String port = base.getPort() == -1 ? "" : ":" + base.getPort();
            return base.getScheme() + "://" + village.primaryHost() + port;
        }
        return base + "/" + village.slug();
    }

    /** An absolute link to a page of the village, e.g. {@code /public/account/confirm.xhtml?token=…}. */
    public String pageOf(VillageRef village, String path) {
        return siteOf(village) + path;
    }

    public String platformPage(String path) {
        return config.baseUrl() + path;
    }
}
