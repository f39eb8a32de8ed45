package id.portaldesa.shared.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/** The portal's settings, read once at start. */
@ApplicationScoped
public class PortalConfig {

    private static final Logger LOG = Logger.getLogger(PortalConfig.class.getName());

    @Inject
    Config config;

    private boolean demoMode;
    private URI baseUrl;
    private Set<String> trustedProxies;

    @PostConstruct
    void read() {
        String dbUrl =
                config.getOptionalValue(DatabaseDefaults.URL, String.class).orElse(DatabaseDefaults.EMBEDDED_URL);
        baseUrl = URI.create(stripTrailingSlash(
                config.getOptionalValue("portal.base.url", String.class).orElse("http://localhost:8080")));
        try {
            demoMode = DemoMode.decide(config.getOptionalValue("portal.demo", Boolean.class), dbUrl, baseUrl);
        } catch (IllegalStateException refused) {
            LOG.severe(refused.getMessage());
            throw refused;
        }
        if (!demoMode && dbUrl.startsWith("jdbc:h2:")) {
            LOG.warning("Embedded database without demo data (PORTAL_BASE_URL " + baseUrl + " is not local, or"
                    + " PORTAL_DEMO=false): it is meant for trying the portal out; use MariaDB/MySQL in production.");
        }
        trustedProxies = Arrays.stream(optional("portal.trusted.proxies")
                        .orElse("127.0.0.1,::1,0:0:0:0:0:0:0:1")
                        .split(","))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Demo mode: demo villages and accounts, on a local run only ({@link DemoMode}): the embedded
     * database (or {@code PORTAL_DEMO=true}) with a local base URL.
     */
    public boolean isDemoMode() {
        return demoMode;
    }

    /** Where the platform is reached, without a trailing slash, e.g. {@code https://desa.example.go.id}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** Whether the platform answers for any Host (demo) or only for the host of the base URL. */
    public boolean acceptsAnyPlatformHost() {
        return demoMode;
    }

    public Optional<String> dataKey() {
        return optional("portal.data.key");
    }

    /**
     * Retired data keys ({@code PORTAL_DATA_KEY_OLD}, comma-separated base64), read only to seal their
     * values again with {@link #dataKey()} at start; empty once a rotation is done.
     */
    public Optional<String> oldDataKeys() {
        return optional("portal.data.key.old");
    }

    public Path dataDir() {
        return Path.of(optional("portal.data.dir").orElse("data"));
    }

    public Path mediaDir() {
        return optional("portal.media.dir").map(Path::of).orElse(dataDir().resolve("media"));
    }

    public Optional<String> smtpHost() {
        return optional("portal.smtp.host");
    }

    public int smtpPort() {
        return config.getOptionalValue("portal.smtp.port", Integer.class).orElse(25);
    }

    public Optional<String> smtpUser() {
        return optional("portal.smtp.user");
    }

    public Optional<String> smtpPassword() {
        return optional("portal.smtp.password");
    }

    public boolean smtpStartTls() {
        return config.getOptionalValue("portal.smtp.starttls", Boolean.class).orElse(false);
    }

    public String mailFrom() {
        return optional("portal.mail.from").orElse("Portal Desa <no-reply@localhost>");
    }

    public int mailIntervalSeconds() {
        return config.getOptionalValue("portal.mail.interval.seconds", Integer.class)
                .orElse(15);
    }

    /**
     * Addresses of the reverse proxies whose {@code X-Forwarded-For} is believed
     * ({@code PORTAL_TRUSTED_PROXIES}, comma-separated); by default the loopback addresses, where
     * deploy/'s nginx connects from.
     */
    public Set<String> trustedProxies() {
        return trustedProxies;
    }

    /**
     * Whether the start waits for every demo village ({@code PORTAL_DEMO_WAIT}, the integration
     * tests'), or only for the first one, the others following a few seconds after the first page.
     */
    public boolean demoWaitsForAllVillages() {
        return config.getOptionalValue("portal.demo.wait", Boolean.class).orElse(false);
    }

    /** Extra villages onboarded from the official list in demo mode, for load benchmarks. */
    public int demoExtraVillages() {
        return config.getOptionalValue("portal.demo.extra.villages", Integer.class)
                .orElse(0);
    }

    /**
     * Benchmarks only: how many items of a kind ({@code PORTAL_DEMO_ARTICLES}, {@code
     * PORTAL_DEMO_PRODUCTS}, {@code PORTAL_DEMO_DESTINATIONS}) the demo village {@value #BENCH_VILLAGE}
     * holds in demo mode; 0 (the features' own few samples) unless set.
     */
    public int demoItems(String kind) {
        return config.getOptionalValue("portal.demo." + kind, Integer.class).orElse(0);
    }

    /** The demo village that holds a benchmark's bulk content. */
    public static final String BENCH_VILLAGE = "kungkai";

    private Optional<String> optional(String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
