package id.portaldesa.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1");

    @Test
    void behindTheTrustedProxyTheForwardedAddressCounts() {
        assertEquals("203.0.113.7", ClientAddresses.resolve("127.0.0.1", "203.0.113.7", LOOPBACK));
        assertEquals("2001:db8::7", ClientAddresses.resolve("0:0:0:0:0:0:0:1", "2001:db8::7", LOOPBACK));
    }

    @Test
    void aClientCannotChooseItsAddressByWritingTheHeader() {
        assertEquals("198.51.100.9", ClientAddresses.resolve("198.51.100.9", "203.0.113.7", LOOPBACK));
    }

    @Test
    void theNearestUntrustedHopIsTheClientNotWhatItPrependedItself() {
        // The client sent "X-Forwarded-For: 10.9.9.9"; a proxy that appends added the real address.
        assertEquals("203.0.113.7", ClientAddresses.resolve("127.0.0.1", "10.9.9.9, 203.0.113.7", LOOPBACK));
        assertEquals(
                "203.0.113.7",
                ClientAddresses.resolve("127.0.0.1", "203.0.113.7, 127.0.0.1", LOOPBACK),
                "chained trusted proxies");
    }

    @Test
    void withoutAUsableHeaderTheConnectionAddressCounts() {
        assertEquals("127.0.0.1", ClientAddresses.resolve("127.0.0.1", null, LOOPBACK));
        assertEquals("127.0.0.1", ClientAddresses.resolve("127.0.0.1", " , ", LOOPBACK));
        assertEquals("127.0.0.1", ClientAddresses.resolve("127.0.0.1", "<script>", LOOPBACK));
        assertEquals("127.0.0.1", ClientAddresses.resolve("127.0.0.1", "1".repeat(300), LOOPBACK));
    }
}
