package id.portaldesa.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    static final String[] BUNDLES = {
        "i18n/messages_id.properties", "i18n/messages_en.properties",
        "i18n/faces_id.properties", "i18n/faces_en.properties",
        "ValidationMessages_id.properties", "ValidationMessages_en.properties",
    };

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path JAVA = Path.of("src/main/java");
    static final Path WEBAPP = Path.of("src/main/webapp");

    /** Keys in the order the file defines them, duplicates included (Properties keeps only the last one). */
    static List<String> definedKeys(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            boolean startsEntry =
                    !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
            if (startsEntry) {
                Matcher key = Pattern.compile("^((?:\\\\.|[^=:\\s\\\\])+)").matcher(trimmed);
                assertTrue(key.find(), file + ": no key in " + line);
                keys.add(key.group(1).replace("\\", ""));
            }
            int backslashes =
                    trimmed.length() - trimmed.replaceAll("\\\\+$", "").length();
            continued = (startsEntry || continued) && backslashes % 2 == 1;
        }
        return keys;
    }

    @Test
    void noKeyIsDefinedTwiceInAFile() throws IOException {
        for (String bundle : BUNDLES) {
            List<String> keys = definedKeys(RESOURCES.resolve(bundle));
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            keys.forEach(key -> {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            });
            assertEquals(Set.of(), twice, "defined twice in " + bundle);
            assertEquals(load("/" + bundle).size(), seen.size(), "the line reader misses keys of " + bundle);
        }
    }

    @Test
    void textsAreNotHtml() throws IOException {
        for (String bundle : BUNDLES) {
            Properties texts = load("/" + bundle);
            for (String key : texts.stringPropertyNames()) {
                assertFalse(
                        texts.getProperty(key).matches("(?s).*<[a-zA-Z/].*"),
                        key + " in " + bundle + " contains markup: pages escape it");
            }
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Every match of the pattern's first group (or second, when the first did not take part) in the files. */
    static Map<String, String> literals(List<Path> files, Pattern pattern) {
        Map<String, String> keyToFile = new TreeMap<>();
        for (Path file : files) {
            Matcher m = pattern.matcher(read(file));
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2);
                keyToFile.putIfAbsent(key, file.toString());
            }
        }
        return keyToFile;
    }

    static void allDefined(Map<String, String> used, String bundle) throws IOException {
        Properties texts = load("/" + bundle);
        Map<String, String> missing = new TreeMap<>(used);
        missing.keySet().removeAll(texts.stringPropertyNames());
        assertEquals(Map.of(), missing, "keys used (key=file) but not in " + bundle);
    }

    static final Pattern PAGE_KEY = Pattern.compile("i18n\\['([^']+)'\\]");
    static final Pattern PD_INPUT = Pattern.compile("<pd:input\\b([^>]*)>");
    static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        List<Path> pages = files(WEBAPP, ".xhtml");
        Map<String, String> used = literals(pages, PAGE_KEY);
        for (Path page : pages) {
            Matcher tag = PD_INPUT.matcher(read(page));
            while (tag.find()) {
                Map<String, String> attributes = new HashMap<>();
                Matcher a = ATTRIBUTE.matcher(tag.group(1));
                while (a.find()) {
                    attributes.put(a.group(1), a.group(2));
                }
                if (attributes.get("id").contains("#{")) {
                    continue; // the alias tags pass their id on
                }
                String label = attributes.getOrDefault(
                        "label", attributes.getOrDefault("prefix", "field") + "." + attributes.get("id"));
                if (!attributes.containsKey("labelText")) {
                    used.putIfAbsent(label, page.toString());
                }
                if (attributes.containsKey("hint") && !attributes.get("hint").contains("#{")) {
                    used.putIfAbsent(attributes.get("hint"), page.toString());
                }
            }
        }
        assertTrue(used.containsKey("account.nik"), "pd:input labels are found: " + used.keySet());
        allDefined(used, "i18n/messages_id.properties");
        allDefined(used, "i18n/messages_en.properties");
    }

    static final Pattern CODE_KEY = Pattern.compile("(?:new (?:BusinessException|NotFoundException)"
            + "|FacesMessages\\.(?:info|error)|Messages\\.get\\([^,()]+,)\\s*\\(?\\s*\"([^\"]+)\""
            + "|FacesMessages\\.errorOn\\([^,]+,\\s*\"([^\"]+)\"");

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Map<String, String> used = literals(files(JAVA, ".java"), CODE_KEY);
        assertTrue(used.containsKey("account.email.taken"), "keys of BusinessExceptions are found: " + used.keySet());
        assertTrue(used.containsKey("site.profile.saved"), "keys of FacesMessages are found: " + used.keySet());
        allDefined(used, "i18n/messages_id.properties");
        allDefined(used, "i18n/messages_en.properties");
    }

    static final Pattern CONSTRAINT_KEY = Pattern.compile("message\\(?\\)?\\s*(?:=|default)\\s*\"\\{([\\w.]+)}\"");

    @Test
    void everyConstraintMessageExists() throws IOException {
        Map<String, String> used = literals(files(JAVA, ".java"), CONSTRAINT_KEY);
        assertTrue(used.containsKey("account.nik.format"), "constraint messages are found: " + used.keySet());
        allDefined(used, "ValidationMessages_id.properties");
        allDefined(used, "ValidationMessages_en.properties");
    }
}
