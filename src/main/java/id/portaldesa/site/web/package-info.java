/**
 * The site's pages and its contributions to the seams of {@code shared}: home-page sections
 * (services, contact), the home page in the sitemap, the profile in the search.
 */
package id.portaldesa.site.web;
