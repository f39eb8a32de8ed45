package id.portaldesa.catalogue.web;

import id.portaldesa.catalogue.CatalogueSnapshot;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.web.PageLinks;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/** What the public product and destination pages do alike with the item their address names. */
final class PublicPages {

    private PublicPages() {}

    /** The name in the address ({@code /produk/<nama>}), as the route handed it over. */
    static String nameInAddress() {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(CatalogueRoutes.NAME);
    }

    /**
     * The item the address names; an old name answers 301 to the current address, anything else 404
     * (another village's item, one not public, one that never was).
     *
     * @return the item, or null when the answer (a redirect) is already on its way
     */
    static <T> T resolve(CatalogueSnapshot.Lookup<T> lookup, String viewId, PageLinks links) {
        if (lookup instanceof CatalogueSnapshot.Found<T> found) {
            return found.item();
        }
        if (lookup instanceof CatalogueSnapshot.Moved<T> moved) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.setResponseStatus(301);
            external.setResponseHeader("Location", links.to(viewId, Map.of(CatalogueRoutes.NAME, moved.slug())));
            faces.responseComplete();
            return null;
        }
        throw new NotFoundException();
    }
}
