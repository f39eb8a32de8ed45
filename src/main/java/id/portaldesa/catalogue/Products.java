package id.portaldesa.catalogue;

/** What deleting a product takes with it, for its seller, the admin and an erasure alike. */
final class Products {

    private Products() {}

    /** The product, its photos (and their media) and its old addresses. Locked by the caller. */
    static void delete(
            Product product,
            ProductPhotoRepository photos,
            CatalogueOldSlugRepository oldSlugs,
            ProductRepository products,
            java.util.function.LongConsumer deleteMedia) {
        for (ProductPhoto photo : photos.ofProduct(product.getId())) {
            photos.remove(photo);
            deleteMedia.accept(photo.getMediaId());
        }
        oldSlugs.removeOf(CatalogueOldSlug.PRODUCT, product.getId());
        products.remove(product);
    }
}
