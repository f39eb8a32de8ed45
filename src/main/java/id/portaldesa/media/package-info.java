/**
 * Uploads made safe to keep and to publish, one pipeline for every feature: the content is sniffed
 * from the bytes (never the name or declared type), sizes and pixels are capped, images are decoded a
 * bounded number at a time, turned upright, stripped of every metadata (only re-encoded pixels are
 * stored) and kept as resized variants under {@code PORTAL_MEDIA_DIR}; documents (PDF) are kept as
 * sent. Public media are served by addresses the portal makes ({@code web/MediaServlet}); features
 * keep a {@link id.portaldesa.media.MediaRef} and render it with {@code pd:image}.
 */
package id.portaldesa.media;
