package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.Fixtures;
import id.portaldesa.shared.ratelimit.Limit;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration and login are rate-limited per visitor address (behind the trusted proxy): past the
 * allowance the page says how many minutes to wait, and a visitor at another address is not held up.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class RateLimitPagesIT {

    static final String TOO_MANY = "Terlalu banyak percobaan dalam waktu singkat";

    @Test
    void registrationsFromOneAddressAreLimited() {
        Http visitor = Http.behindProxy(Http.freshAddress());
        for (int i = 0; i < Limit.REGISTRATION.max(); i++) {
            Http.Page refused = register(visitor);
            assertFalse(refused.text().contains(TOO_MANY), "attempt " + (i + 1) + " is still allowed");
        }
        Http.Page limited = register(visitor);
        assertTrue(limited.text().contains(TOO_MANY) && limited.text().contains("60 menit"), limited.text());

        Http neighbour = Http.behindProxy(Http.freshAddress());
        assertFalse(register(neighbour).text().contains(TOO_MANY), "another address is not limited");
    }

    @Test
    void loginsFromOneAddressAreLimitedEvenWhileLockedOut() {
        Http visitor = Http.behindProxy(Http.freshAddress());
        String email = Fixtures.email("nobody");
        for (int i = 0; i < Limit.LOGIN.max(); i++) {
            Http.Page page = visitor.login("/kungkai", email, "salah-" + i);
            assertFalse(page.text().contains(TOO_MANY), "attempt " + (i + 1) + " is still allowed");
        }
        Http.Page limited = visitor.login("/kungkai", email, "salah-lagi");
        assertTrue(limited.text().contains(TOO_MANY), limited.text());

        Http neighbour = Http.behindProxy(Http.freshAddress());
        Http.Page other = neighbour.login("/kungkai", "warga@kungkai.test", "demo-desa-2026");
        assertTrue(other.url().endsWith("/kungkai/akun"), "another address logs in: " + other.url());
    }

    /** A bad NIK (unknown region): refused by the service, after the attempt was counted. */
    private static Http.Page register(Http visitor) {
        Http.Page form = visitor.get("/tambang-emas/daftar");
        return visitor.submit(
                form,
                "register",
                Map.of(
                        "name", "Coba Coba",
                        "email", Fixtures.email("spam"),
                        "password", "rahasia-sekali",
                        "nik", "9999990101010001",
                        "kk", Fixtures.kk()),
                "submit");
    }
}
