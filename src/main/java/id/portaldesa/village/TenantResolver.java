package id.portaldesa.village;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides which village a request is for, from the Host header and the first path segment only
 * (design §2): a registered domain first, then a slug, else the platform. A path not written the one
 * canonical way ({@link CanonicalPath}) is for nobody. Pure logic, no I/O.
 */
public final class TenantResolver {

    /** Where villages are looked up; backed by the in-memory {@link VillageDirectory}. */
    public interface Villages {
        Optional<VillageRef> byHost(String host);

        Optional<VillageRef> bySlug(String slug);
    }

    /** The outcome for one request. */
    public sealed interface Resolution {}

    /** A village page. {@code prefix} is {@code "/slug"} when resolved by path, empty by host. */
    public record ForVillage(VillageRef village, String prefix, String innerPath) implements Resolution {}

    /** The platform (directory, platform console, static resources). */
    public record ForPlatform(String path) implements Resolution {}

    /** Permanent redirect, e.g. a secondary domain to the primary one, or {@code /slug} to {@code /slug/}. */
    public record Redirect(String location) implements Resolution {}

    public record Suspended(VillageRef village) implements Resolution {}

    public record NotFound() implements Resolution {}

    private static final Pattern SLUG = Pattern.compile(Slug.PATTERN);

    private final Villages villages;
    private final Optional<String> platformHost;

    /** @param platformHost the only host the platform answers on; empty accepts any host (demo). */
    public TenantResolver(Villages villages, Optional<String> platformHost) {
        this.villages = villages;
        this.platformHost = platformHost.map(h -> h.toLowerCase(Locale.ROOT));
    }

    public Resolution resolve(String scheme, String host, String path) {
        String normalisedHost = host == null ? "" : host.toLowerCase(Locale.ROOT);
        String safePath = path == null || path.isEmpty() ? "/" : path;
        // Before anything else: what is resolved here must be what the container will dispatch.
        if (!CanonicalPath.isCanonical(safePath)) {
            return new NotFound();
        }
        if (isStaticResource(safePath)) {
            return new ForPlatform(safePath);
        }
        Optional<VillageRef> byHost = villages.byHost(normalisedHost);
        if (byHost.isPresent()) {
            VillageRef village = byHost.get();
            if (village.primaryHost() != null && !village.primaryHost().equals(normalisedHost)) {
                return new Redirect(scheme + "://" + village.primaryHost() + safePath);
            }
            return village.isActive() ? new ForVillage(village, "", safePath) : new Suspended(village);
        }
        if (platformHost.isPresent() && !platformHost.get().equals(normalisedHost)) {
            return new NotFound();
        }
        return resolveByPath(safePath);
    }

    private Resolution resolveByPath(String path) {
        String firstSegment = firstSegment(path);
        // Slugs are lower-case words; anything else (resources, servlets of the platform) is not a village.
        if (firstSegment.isEmpty()
                || Slug.RESERVED.contains(firstSegment)
                || !SLUG.matcher(firstSegment).matches()) {
            return new ForPlatform(path);
        }
        Optional<VillageRef> bySlug = villages.bySlug(firstSegment);
        if (bySlug.isEmpty()) {
            return new NotFound();
        }
        VillageRef village = bySlug.get();
        String prefix = "/" + firstSegment;
        if (path.length() == prefix.length()) {
            return new Redirect(prefix + "/");
        }
        if (!village.isActive()) {
            return new Suspended(village);
        }
        return new ForVillage(village, prefix, path.substring(prefix.length()));
    }

    private static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/themes/");
    }

    private static String firstSegment(String path) {
        int end = path.indexOf('/', 1);
        return end < 0 ? path.substring(1) : path.substring(1, end);
    }
}
