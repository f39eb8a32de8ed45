package id.portaldesa.letters.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * nginx's access log (deploy/nginx/portal-desa.conf, the map NginxLogFormatTest reads the same way)
 * keeps no letter's verification token: {@code /v/<token>} and {@code /api/v1/verifikasi/<token>} are
 * logged up to their name only. A token in a log would open the letter's verification to whoever
 * reads the log.
 */
class VerificationAddressesAreNotLoggedTest {

    @Test
    void verificationTokensAreCutFromTheLog() throws Exception {
        String conf = Files.readString(Path.of("deploy/nginx/portal-desa.conf"));
        Matcher map = Pattern.compile(
                        "map \\$uri \\$portal_desa_log_uri \\{\\s*\"~\\*([^\"]+)\"\\s+\\$portal_desa_token_page;")
                .matcher(conf);
        assertTrue(map.find());
        Pattern redacting = Pattern.compile(
                map.group(1).replace("(?<portal_desa_token_page>", "(?<kept>"), Pattern.CASE_INSENSITIVE);
        String token = "Qm9uZ2thcnV0LXJhbmRvbS10b2tlbi1vZi00My1jaGFycw";
        assertEquals("/v", logged(redacting, "/v/" + token));
        assertEquals("/V", logged(redacting, "/V/" + token + ";x=1"));
        assertEquals("/api/v1/verifikasi", logged(redacting, "/api/v1/verifikasi/" + token));
        assertEquals("/api/v1/desa", logged(redacting, "/api/v1/desa"));
        assertEquals("/kungkai/video/x", logged(redacting, "/kungkai/video/x"));
    }

    private static String logged(Pattern redacting, String uri) {
        Matcher m = redacting.matcher(uri);
        return m.matches() ? m.group("kept") : uri;
    }
}
