/** Serving public media by the addresses the portal makes, and rendering them in pages ({@code pd:image}). */
package id.portaldesa.media.web;
