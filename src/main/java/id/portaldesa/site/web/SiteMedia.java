package id.portaldesa.site.web;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * For the site's pages: the media a stored id names (the hero picture, an official's portrait), from
 * the media pipeline's own memory of recent media, and a document's size as people read it.
 */
@Named
@ApplicationScoped
public class SiteMedia {

    @Inject
    MediaService media;

    /** The current village's media of this id; null for none (or another village's). */
    public MediaRef of(Long id) {
        return id == null ? null : media.find(id).orElse(null);
    }

    /** {@code 240 KB}, {@code 1,3 MB}: a download's size next to its link. */
    public String size(MediaRef ref, Locale locale) {
        if (ref == null) {
            return "";
        }
        long bytes = ref.size();
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
