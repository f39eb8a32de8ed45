package id.portaldesa.village.web;

import id.portaldesa.village.CurrentVillage;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Keeps a visitor inside the village they came through: when the village was chosen by path
 * ({@code /kungkai/...}), the action URL of every view gets the same prefix. Faces derives form
 * actions, links and redirects from the action URL, so this one method covers them all. On a
 * village's own domain, and on the platform, URLs stay as they are.
 */
public class VillagePathViewHandler extends ViewHandlerWrapper {

    public VillagePathViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        Object prefix = context.getExternalContext().getRequestMap().get(CurrentVillage.PREFIX_ATTRIBUTE);
        String contextPath = context.getExternalContext().getRequestContextPath();
        if (prefix == null || ((String) prefix).isEmpty() || !url.startsWith(contextPath + "/")) {
            return url;
        }
        return contextPath + prefix + url.substring(contextPath.length());
    }
}
