/**
 * Rendered public pages kept in memory for anonymous visitors: a village's, keyed by its snapshot,
 * the address it was reached by and the language; the platform's, by the directory's revision. A
 * village change shows at once.
 */
package id.portaldesa.village.cache;
