package id.portaldesa.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HttpValidatorsTest {

    @Test
    void readsAcceptEncodingAsHttpDefinesIt() {
        assertTrue(HttpValidators.acceptsGzip("gzip, deflate, br"));
        assertTrue(HttpValidators.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertFalse(HttpValidators.acceptsGzip(null));
        assertFalse(HttpValidators.acceptsGzip("identity"));
        assertFalse(HttpValidators.acceptsGzip("gzip;q=0"));
        assertFalse(HttpValidators.acceptsGzip("gzip; q=0.0, deflate"));
        assertFalse(HttpValidators.acceptsGzip("x-gzip-not"));
    }

    @Test
    void matchesIfNoneMatchListsAndWeakValidators() {
        String etag = "\"abc\"";
        assertTrue(HttpValidators.matches("\"abc\"", etag));
        assertTrue(HttpValidators.matches("\"x\", W/\"abc\"", etag));
        assertTrue(HttpValidators.matches("*", etag));
        assertFalse(HttpValidators.matches("\"abd\"", etag));
        assertFalse(HttpValidators.matches(null, etag));
    }
}
