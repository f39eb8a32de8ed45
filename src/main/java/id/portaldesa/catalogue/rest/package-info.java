/**
 * The catalogue's read-only JSON API: a village's public products and published destinations under
 * {@code /<slug>/api/v1/produk} and {@code /wisata}, paged, from the public catalogue in memory.
 */
package id.portaldesa.catalogue.rest;
