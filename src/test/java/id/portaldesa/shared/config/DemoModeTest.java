package id.portaldesa.shared.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoModeTest {

    static final String H2 = DatabaseDefaults.EMBEDDED_URL;
    static final String MARIADB = "jdbc:mysql://127.0.0.1:3306/portal_desa";

    static boolean decide(Boolean requested, String db, String base) {
        return DemoMode.decide(Optional.ofNullable(requested), db, URI.create(base));
    }

    @Test
    void theEmbeddedDatabaseOnALocalRunIsTheDemo() {
        assertTrue(decide(null, H2, "http://localhost:8080"));
        assertTrue(decide(null, H2, "http://127.0.0.1:8080"));
        assertTrue(decide(null, H2, "http://portal.localhost"));
        assertTrue(decide(null, H2, "http://[::1]:8080"));
    }

    @Test
    void theEmbeddedDatabaseOnARealHostHasNoDemoData() {
        assertFalse(decide(null, H2, "https://desa.merangin.go.id"));
        assertFalse(decide(null, H2, "http://192.168.1.10:8080"));
        assertFalse(decide(null, H2, "http://localhost.desa.id"));
        assertFalse(decide(null, H2, "http://127.0.0.1.nip.io"));
    }

    @Test
    void demoFalseSwitchesItOffEvenLocally() {
        assertFalse(decide(false, H2, "http://localhost:8080"));
        assertFalse(decide(false, MARIADB, "https://desa.merangin.go.id"));
    }

    @Test
    void aConfiguredDatabaseIsNoDemoUnlessAskedForLocally() {
        assertFalse(decide(null, MARIADB, "http://localhost:8080"));
        assertFalse(decide(null, MARIADB, "https://desa.merangin.go.id"));
        assertTrue(decide(true, MARIADB, "http://127.0.0.1:18080"), "the test suite's portal");
    }

    @Test
    void demoAskedForOnARealHostIsRefused() {
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> decide(true, H2, "https://desa.merangin.go.id"));
        assertTrue(refused.getMessage().contains("PORTAL_DEMO=true"), refused.getMessage());
        assertTrue(refused.getMessage().contains("https://desa.merangin.go.id"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> decide(true, MARIADB, "https://desa.merangin.go.id"));
    }
}
