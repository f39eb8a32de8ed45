package id.portaldesa.shared.web;

import java.util.Objects;
import java.util.Optional;

/**
 * One page and its clean address: {@code /masuk} → {@code /public/account/login.xhtml}. The address
 * is relative to the village ({@code /kungkai/masuk} or {@code https://kungkai.desa.id/masuk}) for the
 * village audiences, and to the platform root for platform pages; a public page is served on both
 * unless {@link #onlyOn} says otherwise. An address may end in one {@code {name}} segment (e.g.
 * {@code /berita/{judul}}), handed to the page as the request parameter {@code name}.
 *
 * @param site where the page is served
 * @param uploads the page has a file upload form: its forms post to the page's own {@code .xhtml}
 *     address (which the Faces servlet's multipart settings cover), everything else uses the clean one
 */
public record Route(String address, String viewId, Access access, Site site, boolean uploads) {

    /** Where a page is served: within a village, on the platform, or both. */
    public enum Site {
        VILLAGE,
        PLATFORM,
        BOTH;

        public boolean village() {
            return this != PLATFORM;
        }

        public boolean platform() {
            return this != VILLAGE;
        }
    }

    public Route {
        Objects.requireNonNull(address);
        Objects.requireNonNull(viewId);
        Objects.requireNonNull(access);
        Objects.requireNonNull(site);
        if (!address.startsWith("/")
                || (address.length() > 1 && address.endsWith("/"))
                || !viewId.startsWith("/")
                || !viewId.endsWith(".xhtml")) {
            throw new IllegalArgumentException("Route " + address + " -> " + viewId);
        }
        Audience audience =
                Audience.of(viewId).orElseThrow(() -> new IllegalArgumentException("No audience folder: " + viewId));
        boolean fits =
                (site.village() ? audience.isOnVillage() : true) && (site.platform() ? audience.isOnPlatform() : true);
        if (!fits) {
            throw new IllegalArgumentException(viewId + " cannot be served on " + site);
        }
    }

    /** A page served wherever its audience folder is served. */
    public static Route of(String address, String viewId, Access access) {
        Audience audience =
                Audience.of(viewId).orElseThrow(() -> new IllegalArgumentException("No audience folder: " + viewId));
        Site site = audience.isOnVillage() && audience.isOnPlatform()
                ? Site.BOTH
                : audience.isOnVillage() ? Site.VILLAGE : Site.PLATFORM;
        return new Route(address, viewId, access, site, false);
    }

    /** The same page served only within villages, or only on the platform. */
    public Route onlyOn(Site where) {
        return new Route(address, viewId, access, where, uploads);
    }

    /**
     * The same page with a file upload form. A forwarded request is parsed with the settings of the
     * servlet its original address maps to, so uploads must post to an address of the Faces servlet.
     */
    public Route withUploads() {
        return new Route(address, viewId, access, site, true);
    }

    /** The name of the trailing {@code {name}} segment, if the address has one. */
    public Optional<String> parameter() {
        int open = address.lastIndexOf("/{");
        return open >= 0 && address.endsWith("}")
                ? Optional.of(address.substring(open + 2, address.length() - 1))
                : Optional.empty();
    }

    /** The fixed part of the address: {@code /berita} for {@code /berita/{judul}}. */
    String fixedPart() {
        return parameter()
                .map(p -> address.substring(0, address.lastIndexOf("/{")))
                .orElse(address);
    }
}
