/**
 * Local products (UMKM) and tourism: residents' shops ({@link id.portaldesa.catalogue.Seller}),
 * their products with the village admin's review ({@link id.portaldesa.catalogue.ProductState}),
 * product categories, and the village's destinations. Public pages, the home page, search, sitemap
 * and the API read each village's public catalogue from memory ({@link
 * id.portaldesa.catalogue.PublicCatalogue}), renewed when the village's content revision moves.
 */
package id.portaldesa.catalogue;
