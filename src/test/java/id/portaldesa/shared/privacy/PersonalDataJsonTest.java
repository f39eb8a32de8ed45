package id.portaldesa.shared.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalDataJsonTest {

    @Test
    void writesNestedValuesAsReadableJson() {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("name", "Siti \"Ani\" Aminah\\\n");
        account.put("id", 42L);
        account.put("admin", false);
        account.put("phone", null);
        account.put("created", Instant.parse("2026-12-01T10:00:00Z"));
        account.put("roles", List.of("RESIDENT", Map.of()));
        account.put("none", List.of());
        assertEquals("""
                {
                  "name": "Siti \\"Ani\\" Aminah\\\\\\n",
                  "id": 42,
                  "admin": false,
                  "phone": null,
                  "created": "2026-12-01T10:00:00Z",
                  "roles": [
                    "RESIDENT",
                    {}
                  ],
                  "none": []
                }
                """, PersonalDataJson.write(account));
    }

    @Test
    void controlCharactersAreEscaped() {
        assertEquals("\"a\\u0001b\\tc\"\n", PersonalDataJson.write("a\u0001b\tc"));
    }
}
