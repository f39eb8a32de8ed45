package id.portaldesa.catalogue.web;

import id.portaldesa.catalogue.Listing;
import id.portaldesa.catalogue.PublicCatalogue;
import id.portaldesa.catalogue.PublicDestination;
import id.portaldesa.shared.web.CacheableViews;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/** The village's published destinations, {@code /wisata?hal=}, from memory. */
@Named
@RequestScoped
public class DestinationsPage {

    public static final int PAGE_SIZE = 12;

    @Inject
    PublicCatalogue catalogue;

    @Inject
    HttpServletRequest request;

    private Listing<PublicDestination> listing;

    @PostConstruct
    void read() {
        listing = Listing.of(
                catalogue.current().destinations(), Listing.pageNumber(request.getParameter("hal")), PAGE_SIZE);
        // A later page is kept rendered at its own address, as the pager writes it.
        CacheableViews.storableAt(request, pageParameters(listing.page()));
    }

    public Listing<PublicDestination> getListing() {
        return listing;
    }

    public Map<String, String> pageParameters(int page) {
        return page > 1 ? Map.of("hal", Integer.toString(page)) : Map.of();
    }
}
