/**
 * Rendered public pages kept in memory for anonymous visitors, for the views features declare as
 * {@link id.portaldesa.shared.web.CacheableViews}: a village's, keyed by its identity, its content
 * revision, the address it was reached by and the language; the platform's, by the directory's
 * revision and the changes heard of. A village change shows at once, without anybody invalidating.
 */
package id.portaldesa.village.cache;
