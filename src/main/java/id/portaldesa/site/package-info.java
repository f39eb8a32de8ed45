/**
 * A village's own site: its profile (tagline, contact, accent colour) and logo in its own table,
 * kept in memory as {@link id.portaldesa.site.SiteRef} snapshots for public pages, and its home page
 * (full themes, pages and media arrive later).
 */
package id.portaldesa.site;
