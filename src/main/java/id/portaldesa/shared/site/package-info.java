/**
 * Seams of the website that other features read: a village's branding ({@link
 * id.portaldesa.shared.site.VillageBranding}), kept by the site feature.
 */
package id.portaldesa.shared.site;
