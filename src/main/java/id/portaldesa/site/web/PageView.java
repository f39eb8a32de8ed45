package id.portaldesa.site.web;

import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.web.PageLinks;
import id.portaldesa.site.pages.PageSlugs;
import id.portaldesa.site.pages.PublishedPage;
import id.portaldesa.site.pages.PublishedPages;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * One of the village's pages at {@code /halaman/<judul>}, from memory. An old slug answers 301 to the
 * page's current address; an unknown, unpublished or another village's page answers 404.
 */
@Named
@RequestScoped
public class PageView {

    @Inject
    CurrentVillage village;

    @Inject
    PublishedPages pages;

    @Inject
    PageLinks links;

    private PublishedPage page;

    /** The view action: finds the page, or answers 301 or 404 before anything is rendered. */
    public void load() {
        // The forwarded request's parameters: the route hands the address's slug over as one.
        String slug = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(SiteRoutes.PAGE_PARAMETER);
        if (!PageSlugs.isWellFormed(slug)) {
            throw new NotFoundException();
        }
        PublishedPages.OfVillage published = pages.of(village.id());
        page = published.bySlug().get(slug);
        if (page != null) {
            return;
        }
        String moved = published.moved().get(slug);
        if (moved == null) {
            throw new NotFoundException();
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.setResponseStatus(301);
        external.setResponseHeader(
                "Location", links.to(SiteRoutes.PAGE_VIEW, Map.of(SiteRoutes.PAGE_PARAMETER, moved)));
        context.responseComplete();
    }

    public PublishedPage getPage() {
        return page;
    }
}
