package id.portaldesa.shared.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Response headers that limit what a page may load and who may frame it. Public pages allow no
 * script from anywhere but the portal and no inline script at all; the back office needs inline
 * scripts for PrimeFaces widgets but still loads nothing from other origins.
 */
public final class SecurityHeaders {

    private static final String COMMON = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PUBLIC_POLICY = COMMON + "; script-src 'self'";
    static final String BACK_OFFICE_POLICY = COMMON + "; script-src 'self' 'unsafe-inline' 'unsafe-eval'";

    private SecurityHeaders() {}

    public static void apply(HttpServletResponse response, boolean backOffice) {
        response.setHeader("Content-Security-Policy", backOffice ? BACK_OFFICE_POLICY : PUBLIC_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
