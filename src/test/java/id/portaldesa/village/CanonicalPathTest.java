package id.portaldesa.village;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/kungkai",
                "/kungkai/",
                "/kungkai/kantor",
                "/kungkai/kantor/staf",
                "/platform/desa",
                "/jakarta.faces.resource/theme.css.xhtml",
                "/themes/dasar/site.css",
                "/public/site/logo.png",
                "/berita/panen%20raya",
                "/berita/caf%C3%A9",
                "/sitemap.xml"
            })
    void addressesThePortalWritesAreCanonical(String path) {
        assertTrue(CanonicalPath.isCanonical(path), path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "kungkai",
                "/kungkai/kantor;x/",
                "/kungkai;x/kantor",
                "/office/index.xhtml;jsessionid=abc",
                "/kungkai/%6bantor/",
                "/kungkai/%6Bantor",
                "/%70latform/desa",
                "/kungkai/kantor/%2e%2e/akun",
                "/kungkai/kantor/%2E",
                "/kungkai/kantor%2fstaf",
                "/kungkai/kantor%3bx",
                "/kungkai/kantor%5c",
                "/kungkai/%2525",
                "/kungkai/%",
                "/kungkai/%zz",
                "/kungkai/%c3",
                "/kungkai/%00",
                "/kungkai/%0a",
                "/jakarta.faces.resource/../office/index.xhtml",
                "/themes/..;/office/index.xhtml",
                "/kungkai/./kantor",
                "/kungkai/kantor/.",
                "/kungkai/kantor/..",
                "//kungkai//kantor",
                "//kungkai",
                "/kungkai//kantor",
                "/kungkai/kantor//",
                "/kungkai\\kantor",
                "/kungkai/kan tor"
            })
    void anyOtherSpellingIsNot(String path) {
        assertFalse(CanonicalPath.isCanonical(path), path);
    }
}
