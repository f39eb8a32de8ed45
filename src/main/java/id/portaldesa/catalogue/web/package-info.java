/**
 * The catalogue's pages (public products and destinations, the resident's shop, the back office's
 * sellers, product review, categories and destinations) and its contributions to the seams of
 * {@code shared}: home sections, search, sitemap, menu.
 */
package id.portaldesa.catalogue.web;
