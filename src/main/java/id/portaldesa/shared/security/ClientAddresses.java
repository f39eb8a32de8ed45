package id.portaldesa.shared.security;

import id.portaldesa.shared.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address of the person at the other end of a request, which login lockout counts by. Behind
 * the portal's reverse proxy every request comes from the proxy, so the address it forwards is used,
 * but only when the request really comes from a trusted proxy: anyone else could write the header.
 */
@ApplicationScoped
public class ClientAddresses {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    @Inject
    PortalConfig config;

    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), config.trustedProxies());
    }

    /**
     * The nearest address in {@code X-Forwarded-For} that is not a trusted proxy; the connection's
     * own address when the connection is not from a trusted proxy or the header says nothing usable.
     */
    static String resolve(String remote, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(remote)) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(","))
                .map(String::trim)
                .filter(hop -> !hop.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!IP_LITERAL.matcher(hop).matches()) {
                return remote;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }
}
