package id.portaldesa.village;

import id.portaldesa.shared.config.PortalConfig;
import id.portaldesa.shared.web.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Absolute links to pages, for mails and anything read outside the page that built it: the page's
 * clean address ({@link Routes}) on the village's own domain or under its slug, or on the platform.
 * Nothing else builds such links.
 */
@ApplicationScoped
public class VillageLinks {

    @Inject
    PortalConfig config;

    @Inject
    Routes routes;

    /** {@code https://kungkai.desa.id} for a village with a domain, else {@code https://base/kungkai}. */
    public String siteOf(VillageRef village) {
        URI base = config.baseUrl();
        if (village.primaryHost() != null) {
            String port = base.getPort() == -1 ? "" : ":" + base.getPort();
            return base.getScheme() + "://" + village.primaryHost() + port;
        }
        return base + "/" + village.slug();
    }

    /**
     * A village page by its view id, with query parameters as name, value pairs: {@code
     * page(kungkai, "/public/account/confirm.xhtml", "token", t)} → {@code https://…/kungkai/konfirmasi?token=…}.
     */
    public String page(VillageRef village, String viewId, String... parameters) {
        return siteOf(village) + address(viewId, parameters);
    }

    /** A platform page by its view id, e.g. the first admin's setup link. */
    public String platformPage(String viewId, String... parameters) {
        return config.baseUrl() + address(viewId, parameters);
    }

    private String address(String viewId, String... parameters) {
        if (parameters.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name, value pairs");
        }
        Map<String, List<String>> query = new HashMap<>();
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < parameters.length; i += 2) {
            query.put(parameters[i], List.of(parameters[i + 1]));
        }
        String path = routes.addressOf(viewId, query)
                .orElseThrow(() -> new IllegalArgumentException("no address for " + viewId));
        for (int i = 0; i < parameters.length; i += 2) {
            if (query.containsKey(parameters[i])) {
                order.append(order.length() == 0 ? '?' : '&')
                        .append(URLEncoder.encode(parameters[i], StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
            }
        }
        return path + order;
    }
}
