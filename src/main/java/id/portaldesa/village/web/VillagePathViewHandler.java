package id.portaldesa.village.web;

import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.Routes;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.TenantFilter;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns every URL Faces builds for a view (form actions, {@code h:link}, redirects) into the view's
 * clean address from {@link Routes}, inside the village the visitor came through: {@code
 * /kungkai/masuk} when the village was chosen by path, {@code /masuk} on its own domain or the
 * platform. Faces derives all of these from the view id, so templates name views, never addresses.
 */
public class VillagePathViewHandler extends ViewHandlerWrapper {

    private volatile Routes routes;

    public VillagePathViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        Optional<Route> route = routes().ofView(viewId);
        if (route.isPresent() && route.get().parameter().isPresent()) {
            // A post back to a page like /berita/{judul} goes to the address it was opened at.
            Object address = context.getExternalContext().getRequestMap().get(TenantFilter.ADDRESS_ATTRIBUTE);
            boolean samePage = context.getViewRoot() != null
                    && viewId.equals(context.getViewRoot().getViewId());
            return samePage && address != null ? withPath(context, url, (String) address) : url;
        }
        return route.filter(r -> !r.uploads())
                .map(r -> withPath(context, url, r.address()))
                .orElseGet(() -> prefixed(context, url));
    }

    @Override
    public String getBookmarkableURL(
            FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return withAddress(
                context,
                viewId,
                parameters,
                rest -> super.getBookmarkableURL(context, viewId, rest, includeViewParams));
    }

    @Override
    public String getRedirectURL(
            FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return withAddress(
                context, viewId, parameters, rest -> super.getRedirectURL(context, viewId, rest, includeViewParams));
    }

    /**
     * The URL Faces builds from the parameters that are left once the address has taken its path
     * parameter, with its path replaced by the page's address.
     */
    private String withAddress(
            FacesContext context,
            String viewId,
            Map<String, List<String>> parameters,
            java.util.function.Function<Map<String, List<String>>, String> build) {
        Map<String, List<String>> rest = parameters == null ? new HashMap<>() : new HashMap<>(parameters);
        Optional<String> address = routes().addressOf(viewId, rest);
        String url = build.apply(rest);
        return address.map(a -> withPath(context, url, a)).orElse(url);
    }

    /** The URL Faces built, with its path replaced by the clean address (its query kept). */
    private static String withPath(FacesContext context, String url, String address) {
        int query = url.indexOf('?');
        String rest = query < 0 ? "" : url.substring(query);
        ExternalContext external = context.getExternalContext();
        return external.getRequestContextPath() + prefix(context) + address + rest;
    }

    private static String prefixed(FacesContext context, String url) {
        String contextPath = context.getExternalContext().getRequestContextPath();
        String prefix = prefix(context);
        if (prefix.isEmpty() || !url.startsWith(contextPath + "/") || url.startsWith(contextPath + prefix + "/")) {
            return url;
        }
        return contextPath + prefix + url.substring(contextPath.length());
    }

    private static String prefix(FacesContext context) {
        Object prefix = context.getExternalContext().getRequestMap().get(CurrentVillage.PREFIX_ATTRIBUTE);
        return prefix == null ? "" : (String) prefix;
    }

    private Routes routes() {
        if (routes == null) {
            routes = CDI.current().select(Routes.class).get();
        }
        return routes;
    }
}
