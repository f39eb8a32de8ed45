package id.portaldesa.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    static String directive(String policy, String name) {
        return Arrays.stream(policy.split(";"))
                .map(String::trim)
                .filter(d -> d.startsWith(name + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " missing in " + policy));
    }

    @Test
    void theBackOfficeRunsOnlyScriptsAndStylesCarryingTheAnswersNonce() {
        String policy = SecurityHeaders.backOfficePolicy("bm9uY2Utb2YtdGVzdA==");
        assertEquals("script-src 'self' 'nonce-bm9uY2Utb2YtdGVzdA=='", directive(policy, "script-src"));
        assertEquals("style-src 'self' 'nonce-bm9uY2Utb2YtdGVzdA=='", directive(policy, "style-src"));
        assertFalse(policy.contains("unsafe"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), policy);
    }

    @Test
    void publicPagesRunNoInlineScriptAtAll() {
        assertEquals("script-src 'self'", directive(SecurityHeaders.PUBLIC_POLICY, "script-src"));
        assertFalse(SecurityHeaders.PUBLIC_POLICY.contains("nonce"), SecurityHeaders.PUBLIC_POLICY);
    }

    @Test
    void everyAnswerGetsANewUnguessableNonce() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String nonce = SecurityHeaders.newNonce();
            assertEquals(16, Base64.getDecoder().decode(nonce).length, nonce);
            assertTrue(seen.add(nonce), "a nonce came twice: " + nonce);
        }
    }
}
