package id.portaldesa.village.web;

import id.portaldesa.village.CurrentVillage;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;

/**
 * Keeps a visitor inside the village they came through: when the village was chosen by path
 * ({@code /kungkai/...}), every form action, link and redirect Faces builds gets the same prefix.
 * On a village's own domain, and on the platform, URLs stay as they are.
 */
public class VillagePathViewHandler extends ViewHandlerWrapper {



    public VillagePathViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return withPrefix(context, super.getActionURL(context, viewId));
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
            boolean includeViewParams) {
        return withPrefix(context, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
            boolean includeViewParams) {
        return withPrefix(context, super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    static String withPrefix(FacesContext context, String url) {
        Object prefix = context.getExternalContext().getRequestMap().get(CurrentVillage.PREFIX_ATTRIBUTE);
        if (prefix == null || ((String) prefix).isEmpty()) {
            return url;
        }
        String contextPath = context.getExternalContext().getRequestContextPath();
        // Faces builds some URLs from others (a redirect from the action URL): prefix only once.
        if (!url.startsWith(contextPath + "/") || url.startsWith(contextPath + prefix + "/")) {
            return url;
        }
        return contextPath + prefix + url.substring(contextPath.length());
    }
}
