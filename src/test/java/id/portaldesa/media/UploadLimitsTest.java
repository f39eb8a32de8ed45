package id.portaldesa.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The limits agree end to end: what the app takes per file fits the request, the request limit is the
 * same in web.xml and in nginx, and the container's per-file limit is the request's (so the app, not
 * the container, names the file that is too large).
 */
class UploadLimitsTest {

    static String read(String path) throws Exception {
        return Files.readString(Path.of(path));
    }

    static long number(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertTrue(m.find(), "not found: " + pattern);
        return Long.parseLong(m.group(1));
    }

    @Test
    void webXmlNginxAndTheAppAgree() throws Exception {
        String webXml = read("src/main/webapp/WEB-INF/web.xml");
        long maxRequest = number(webXml, "<max-request-size>(\\d+)</max-request-size>");
        long maxFile = number(webXml, "<max-file-size>(\\d+)</max-file-size>");
        assertEquals(UploadLimits.REQUEST_MAX_BYTES, maxRequest, "web.xml max-request-size");
        assertEquals(maxRequest, maxFile, "web.xml max-file-size: the app names a file too large, not the container");
        assertTrue(number(webXml, "<file-size-threshold>(\\d+)</file-size-threshold>") <= 1024 * 1024);

        String nginx = read("deploy/nginx/portal-desa-common.conf");
        long nginxMegabytes = number(nginx, "(?m)^client_max_body_size (\\d+)m;");
        assertEquals(UploadLimits.REQUEST_MAX_BYTES, nginxMegabytes * 1024 * 1024, "nginx client_max_body_size");
        assertTrue(nginx.contains("error_page 413 "), "nginx answers 413 with the portal's page");

        assertTrue(UploadLimits.IMAGE_MAX_BYTES >= 12 * 1024 * 1024, "a 12 MB phone photo passes");
        assertTrue(3L * UploadLimits.IMAGE_MAX_BYTES < UploadLimits.REQUEST_MAX_BYTES, "a form with three photos fits");
        assertTrue(UploadLimits.DOCUMENT_MAX_BYTES < UploadLimits.REQUEST_MAX_BYTES);
    }

    @Test
    void theTooLargePageNamesTheLimitsInBothLanguages() throws Exception {
        String page = read("deploy/nginx/upload-too-large.html");
        assertTrue(page.contains(UploadLimits.megabytes(UploadLimits.REQUEST_MAX_BYTES) + " MB"));
        assertTrue(page.contains(UploadLimits.megabytes(UploadLimits.IMAGE_MAX_BYTES) + " MB"));
        assertTrue(page.contains(UploadLimits.megabytes(UploadLimits.DOCUMENT_MAX_BYTES) + " MB"));
        assertTrue(page.contains("Berkas terlalu besar") && page.contains("File too large"));
    }
}
