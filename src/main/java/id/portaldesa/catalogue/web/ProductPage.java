package id.portaldesa.catalogue.web;

import id.portaldesa.catalogue.PublicCatalogue;
import id.portaldesa.catalogue.PublicProduct;
import id.portaldesa.catalogue.WhatsApp;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.web.PageLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * A product's public page, {@code /produk/<nama>}: photos, price, description, the shop, an order
 * link that opens WhatsApp with a message naming the product and its address, and share links that
 * work without JavaScript. From memory; an old name answers 301, anything not public 404.
 */
@Named
@RequestScoped
public class ProductPage {

    @Inject
    PublicCatalogue catalogue;

    @Inject
    PageLinks links;

    @Inject
    CurrentLanguage language;

    private PublicProduct product;

    /** View action: finds the product of the address (or answers 301/404). */
    public void load() {
        product = PublicPages.resolve(
                catalogue.current().product(PublicPages.nameInAddress()), CatalogueRoutes.PRODUCT, links);
    }

    public PublicProduct getProduct() {
        return product;
    }

    /** The product's absolute address, as shared and as named in the order message. */
    public String getAddress() {
        return links.absolute(CatalogueRoutes.PRODUCT, Map.of(CatalogueRoutes.NAME, product.slug()));
    }

    /** {@code https://wa.me/62…?text=…}: a chat with the shop, the order typed in already. */
    public String getOrderLink() {
        String unit = language.text(product.unit().messageKey());
        return WhatsApp.chat(
                product.whatsapp(),
                language.text(
                        "catalogue.product.order.message", product.name(), product.priceText(), unit, getAddress()));
    }

    /** A WhatsApp message with the product's name and address, to whoever the visitor picks. */
    public String getShareLink() {
        return WhatsApp.share(product.name() + " " + getAddress());
    }

    /** Facebook's share page for the address (a plain link, no script of theirs on ours). */
    public String getFacebookLink() {
        return "https://www.facebook.com/sharer/sharer.php?u="
                + java.net.URLEncoder.encode(getAddress(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
