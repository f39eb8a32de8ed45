package id.portaldesa.media.web;

import id.portaldesa.media.MediaRef;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;

/**
 * Addresses of public media, the only place they are made: {@code /<slug>/public/media/<id>/<width>.jpg
 * ?v=<version>} (on a village's own domain without the slug), a document at {@code
 * .../<id>/berkas.pdf?v=...}. The version changes with the file, so the address may be cached for a
 * year. In pages: {@code #{media.src(ref, 640)}}, {@code #{media.srcset(ref)}}, {@code
 * #{media.absoluteSrc(ref, 1280)}} (og:image), {@code #{media.download(ref)}}; {@code pd:image} renders
 * a whole {@code <img>}.
 */
@Named("media")
@ApplicationScoped
public class MediaLinks {

    @Inject
    CurrentVillage village;

    @Inject
    VillageDirectory directory;

    @Inject
    VillageLinks links;

    @Inject
    HttpServletRequest request;

    /** The address of a media within its village, from the village's root: {@code /public/media/7/640.jpg?v=…}. */
    public static String path(MediaRef ref, int width) {
        String file = ref.isImage()
                ? ref.variantFor(width) + "." + ref.extension()
                : MediaServlet.DOCUMENT_FILE + "." + ref.extension();
        return MediaServlet.PATH + ref.id() + "/" + file + "?v=" + ref.version();
    }

    /**
     * The image variant for this width (the smallest at least as wide), for {@code src}: relative to
     * the host when the media is the current village's, else absolute on its own village's site.
     */
    public String src(MediaRef ref, int width) {
        if (ref == null) {
            return null;
        }
        if (village.isPresent() && village.id() == ref.villageId()) {
            return request.getContextPath() + village.getPathPrefix() + path(ref, width);
        }
        return absoluteSrc(ref, width);
    }

    /** Every variant with its width, for {@code srcset}: {@code …/320.jpg?v=… 320w, …/640.jpg?v=… 640w}. */
    public String srcset(MediaRef ref) {
        if (ref == null || !ref.isImage()) {
            return null;
        }
        return ref.widths().stream().map(w -> src(ref, w) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** An absolute address on the media's village's site, for what is read elsewhere (og:image, mails). */
    public String absoluteSrc(MediaRef ref, int width) {
        if (ref == null) {
            return null;
        }
        VillageRef owner = directory.byId(ref.villageId()).orElse(null);
        return owner == null ? null : links.siteOf(owner) + path(ref, width);
    }

    /** A public document's address. */
    public String download(MediaRef ref) {
        return src(ref, 0);
    }
}
