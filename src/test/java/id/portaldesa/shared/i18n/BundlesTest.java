package id.portaldesa.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text exists in Indonesian and in English, so no page shows a key or half a translation. */
class BundlesTest {

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static void sameKeys(String indonesian, String english) throws IOException {
        Properties id = load(indonesian);
        Properties en = load(english);
        Set<String> onlyId = new TreeSet<>(id.stringPropertyNames());
        onlyId.removeAll(en.stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(id.stringPropertyNames());
        assertEquals(Set.of(), onlyId, "missing in " + english);
        assertEquals(Set.of(), onlyEn, "missing in " + indonesian);
        id.stringPropertyNames().forEach(key -> assertTrue(!id.getProperty(key).isBlank(), key + " is empty"));
    }

    @Test
    void pageAndMailTextsExistInBothLanguages() throws IOException {
        sameKeys("/i18n/messages_id.properties", "/i18n/messages_en.properties");
    }

    @Test
    void facesTextsExistInBothLanguages() throws IOException {
        sameKeys("/i18n/faces_id.properties", "/i18n/faces_en.properties");
    }

    @Test
    void validationTextsExistInBothLanguages() throws IOException {
        sameKeys("/ValidationMessages_id.properties", "/ValidationMessages_en.properties");
    }
}
