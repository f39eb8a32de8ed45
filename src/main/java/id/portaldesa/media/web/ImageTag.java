package id.portaldesa.media.web;

import id.portaldesa.media.MediaRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What {@code pd:image} (WEB-INF/tags/image.xhtml) reads: inside that tag the attribute {@code media}
 * hides the bean of the same name, so it reaches the links through this one.
 */
@Named("pdImage")
@ApplicationScoped
public class ImageTag {

    /** The width the {@code src} of an {@code <img>} names: what browsers without srcset get. */
    static final int FALLBACK_WIDTH = 640;

    @Inject
    MediaLinks links;

    public String src(MediaRef ref) {
        return links.src(ref, FALLBACK_WIDTH);
    }

    public String srcset(MediaRef ref) {
        return links.srcset(ref);
    }
}
