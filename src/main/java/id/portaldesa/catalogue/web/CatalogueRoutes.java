package id.portaldesa.catalogue.web;

import static id.portaldesa.shared.security.Permission.APPROVE_PRODUCTS;
import static id.portaldesa.shared.security.Permission.EDIT_SITE;
import static id.portaldesa.shared.security.Permission.USE_RESIDENT_SERVICES;

import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The catalogue's addresses: the public products and destinations, the resident's own shop, and the
 * back office's sellers, product review, categories and destinations.
 */
@ApplicationScoped
public class CatalogueRoutes implements RouteSource {

    public static final String PRODUCTS = "/public/catalogue/products.xhtml";
    public static final String PRODUCT = "/public/catalogue/product.xhtml";
    public static final String DESTINATIONS = "/public/catalogue/destinations.xhtml";
    public static final String DESTINATION = "/public/catalogue/destination.xhtml";
    public static final String SHOP = "/resident/catalogue/shop.xhtml";
    public static final String SHOP_PRODUCT = "/resident/catalogue/product.xhtml";
    public static final String OFFICE_SELLERS = "/office/catalogue/sellers.xhtml";
    public static final String OFFICE_PRODUCTS = "/office/catalogue/products.xhtml";
    public static final String OFFICE_CATEGORIES = "/office/catalogue/categories.xhtml";
    public static final String OFFICE_DESTINATIONS = "/office/catalogue/destinations.xhtml";

    /** The path parameter of a product's or destination's address: {@code /produk/{nama}}. */
    public static final String NAME = "nama";

    @Override
    public List<Route> routes() {
        return List.of(
                Route.of("/produk", PRODUCTS, Access.ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/produk/{" + NAME + "}", PRODUCT, Access.ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/wisata", DESTINATIONS, Access.ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/wisata/{" + NAME + "}", DESTINATION, Access.ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/akun/lapak", SHOP, Access.needs(USE_RESIDENT_SERVICES)),
                Route.of("/akun/lapak/produk", SHOP_PRODUCT, Access.needs(USE_RESIDENT_SERVICES))
                        .withUploads(),
                Route.of("/kantor/lapak", OFFICE_SELLERS, Access.needs(APPROVE_PRODUCTS)),
                Route.of("/kantor/produk", OFFICE_PRODUCTS, Access.needs(APPROVE_PRODUCTS)),
                Route.of("/kantor/kategori-produk", OFFICE_CATEGORIES, Access.needs(APPROVE_PRODUCTS)),
                Route.of("/kantor/wisata", OFFICE_DESTINATIONS, Access.needs(EDIT_SITE))
                        .withUploads());
    }
}
