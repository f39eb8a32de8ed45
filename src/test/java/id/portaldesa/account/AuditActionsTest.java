package id.portaldesa.account;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every recorded action has a well-formed key and a name in both languages for the log page. */
class AuditActionsTest {

    @Test
    void everyActionIsNamedInBothLanguages() throws Exception {
        Properties id = load("/i18n/messages_id.properties");
        Properties en = load("/i18n/messages_en.properties");
        int seen = 0;
        for (Field field : AuditActions.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String action = (String) field.get(null);
                assertTrue(action.matches(AuditTrail.ACTION_PATTERN) && action.length() <= 60, action);
                assertTrue(id.containsKey("audit.action." + action), "Indonesian name of " + action);
                assertTrue(en.containsKey("audit.action." + action), "English name of " + action);
                seen++;
            }
        }
        assertTrue(seen >= 9, "found the actions: " + seen);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditActionsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
