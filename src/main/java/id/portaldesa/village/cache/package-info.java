/**
 * Rendered public pages of a village kept in memory for anonymous visitors, keyed by the village
 * snapshot, the address it was reached by and the language, so a village change shows at once.
 */
package id.portaldesa.village.cache;
