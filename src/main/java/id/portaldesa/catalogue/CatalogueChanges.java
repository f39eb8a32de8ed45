package id.portaldesa.catalogue;

/** What the catalogue's public changes are announced as through {@code VillageChanges.record}. */
final class CatalogueChanges {

    static final String SELLER = "catalogue.seller";
    static final String PRODUCT = "catalogue.product";
    static final String CATEGORY = "catalogue.category";
    static final String DESTINATION = "catalogue.destination";

    private CatalogueChanges() {}
}
