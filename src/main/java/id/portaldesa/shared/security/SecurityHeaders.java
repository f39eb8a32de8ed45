package id.portaldesa.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Response headers that limit what a page may load and who may frame it. Public pages allow no
 * script but the portal's own files and no inline script at all. Back-office pages (PrimeFaces) run
 * inline scripts only when they carry this response's nonce: a fresh random value for every
 * response, named in the header and written by {@link ScriptNonce} on every script and style element
 * the page renders. Neither {@code 'unsafe-inline'} nor {@code 'unsafe-eval'} is allowed for
 * scripts or styles there; PrimeFaces' CSP mode moves its inline event handlers into nonce'd scripts.
 */
public final class SecurityHeaders {

    /** The request attribute holding the nonce issued for this response (back office only). */
    public static final String NONCE_ATTRIBUTE = SecurityHeaders.class.getName() + ".nonce";

    private static final String COMMON =
            "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
                    + "frame-ancestors 'none'";
    static final String PUBLIC_POLICY = COMMON + "; style-src 'self' 'unsafe-inline'; script-src 'self'";

    /** 128 random bits per response, as CSP 3 asks of a nonce. */
    private static final int NONCE_BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecurityHeaders() {}

    /**
     * The headers of an answer that is not a back-office page ({@code backOffice} false); a
     * back-office page needs {@link #apply(HttpServletRequest, HttpServletResponse, boolean)}, which
     * keeps its nonce in the request.
     */
    public static void apply(HttpServletResponse response, boolean backOffice) {
        if (backOffice) {
            throw new IllegalArgumentException("A back-office page needs its request to keep its nonce");
        }
        response.setHeader("Content-Security-Policy", PUBLIC_POLICY);
        common(response);
    }

    /**
     * The headers of an answer; a back-office page gets a new nonce, kept in the request for the
     * page's scripts.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response, boolean backOffice) {
        if (!backOffice) {
            apply(response, false);
            return;
        }
        String nonce = newNonce();
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader("Content-Security-Policy", backOfficePolicy(nonce));
        common(response);
    }

    /** The nonce issued for this request's answer, if it is a back-office page. */
    public static Optional<String> nonce(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(NONCE_ATTRIBUTE));
    }

    static String backOfficePolicy(String nonce) {
        String source = "'nonce-" + nonce + "'";
        return COMMON + "; style-src 'self' " + source + "; script-src 'self' " + source;
    }

    static String newNonce() {
        byte[] bytes = new byte[NONCE_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static void common(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
