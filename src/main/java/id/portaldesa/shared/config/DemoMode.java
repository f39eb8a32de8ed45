package id.portaldesa.shared.config;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule that keeps the demo accounts, whose passwords are published in the README, off every real
 * host: demo mode (demo villages and accounts, any Host accepted as the platform, a generated data
 * key) needs a local base URL ({@code localhost}, {@code *.localhost}, a loopback address). The
 * embedded database on a base URL that is not local starts as production (no demo data, the data
 * key required, the setup link in the log); {@code PORTAL_DEMO=true} with such a base URL is
 * refused; {@code PORTAL_DEMO=false} switches demo mode off everywhere.
 */
public final class DemoMode {

    private DemoMode() {}

    /**
     * @param requested {@code PORTAL_DEMO} if set
     * @param dbUrl the JDBC URL in use
     * @throws IllegalStateException demo mode asked for on a base URL that is not local
     */
    public static boolean decide(Optional<Boolean> requested, String dbUrl, URI baseUrl) {
        if (requested.isPresent() && !requested.get()) {
            return false;
        }
        boolean local = isLocal(baseUrl);
        if (requested.isPresent() && !local) {
            throw new IllegalStateException("PORTAL DESA CANNOT START: PORTAL_DEMO=true, but PORTAL_BASE_URL " + baseUrl
                    + " is not a local address. Demo mode creates accounts whose passwords are published; it runs"
                    + " only on localhost. Remove PORTAL_DEMO on a real host.");
        }
        if (requested.isPresent()) {
            return true;
        }
        return local && dbUrl.startsWith("jdbc:h2:");
    }

    /** localhost, a name under .localhost (RFC 6761: never leaves the machine) or a loopback address. */
    static boolean isLocal(URI baseUrl) {
        String host = baseUrl.getHost();
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.equals("localhost")
                || host.endsWith(".localhost")
                || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
                || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1");
    }
}
