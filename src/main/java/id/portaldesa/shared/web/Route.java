package id.portaldesa.shared.web;

import java.util.Objects;

/**
 * One page and its clean address: {@code /masuk} → {@code /public/account/login.xhtml}. The address
 * is relative to the village ({@code /kungkai/masuk} or {@code https://kungkai.desa.id/masuk}) for the
 * village audiences, and to the platform root for platform pages; a public page can be served on
 * both. An address may end in one {@code {name}} segment (e.g. {@code /berita/{judul}}), handed to the
 * page as the request parameter {@code name}.
 */
public record Route(String address, String viewId, Access access) {

    public Route {
        Objects.requireNonNull(address);
        Objects.requireNonNull(viewId);
        Objects.requireNonNull(access);
        if (!address.startsWith("/") || !viewId.startsWith("/") || !viewId.endsWith(".xhtml")) {
            throw new IllegalArgumentException("Route " + address + " -> " + viewId);
        }
    }

    public static Route of(String address, String viewId, Access access) {
        return new Route(address, viewId, access);
    }

    public Audience audience() {
        return Audience.of(viewId).orElseThrow(() -> new IllegalArgumentException("No audience folder: " + viewId));
    }
}
