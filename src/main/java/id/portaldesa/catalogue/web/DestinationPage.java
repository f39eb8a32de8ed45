package id.portaldesa.catalogue.web;

import id.portaldesa.catalogue.PublicCatalogue;
import id.portaldesa.catalogue.PublicDestination;
import id.portaldesa.catalogue.WhatsApp;
import id.portaldesa.shared.web.PageLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * A destination's public page, {@code /wisata/<nama>}: photos, description, facilities, opening
 * hours, ticket price, a location link that opens the visitor's map app, contact. From memory.
 */
@Named
@RequestScoped
public class DestinationPage {

    @Inject
    PublicCatalogue catalogue;

    @Inject
    PageLinks links;

    private PublicDestination destination;

    public void load() {
        destination = PublicPages.resolve(
                catalogue.current().destination(PublicPages.nameInAddress()), CatalogueRoutes.DESTINATION, links);
    }

    public PublicDestination getDestination() {
        return destination;
    }

    public String getAddress() {
        return links.absolute(CatalogueRoutes.DESTINATION, Map.of(CatalogueRoutes.NAME, destination.slug()));
    }

    public String getShareLink() {
        return WhatsApp.share(destination.name() + " " + getAddress());
    }

    /** WhatsApp chat with the contact when it is a mobile number. */
    public String getWhatsappLink() {
        return WhatsApp.normalise(destination.contactPhone())
                .map(n -> WhatsApp.chat(n, destination.name()))
                .orElse(null);
    }
}
