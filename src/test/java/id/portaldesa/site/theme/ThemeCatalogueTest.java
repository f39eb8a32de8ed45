package id.portaldesa.site.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ThemeCatalogueTest {

    static final Path THEMES = Path.of("themes");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    private static ThemeReader.Files shipped(String name) {
        return file -> {
            Path path = THEMES.resolve(name).resolve(file);
            try {
                return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static Map<String, byte[]> goodTheme() {
        Map<String, byte[]> files = new HashMap<>();
        files.put(
                "theme.properties",
                ("name=Uji\nname.en=Test\ndescription=Tema uji\ndescription.en=A test theme\naccent=#336699\n")
                        .getBytes(StandardCharsets.UTF_8));
        files.put("theme.css", ".theme-uji .hero{background:url(motif.png)}".getBytes(StandardCharsets.UTF_8));
        files.put("preview.png", PNG);
        return files;
    }

    private static ThemeReader.Files of(Map<String, byte[]> files) {
        return file -> Optional.ofNullable(files.get(file));
    }

    @Test
    void every_shipped_theme_is_accepted_and_at_least_three_besides_the_default() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> folders = Files.list(THEMES)) {
            folders.filter(Files::isDirectory)
                    .forEach(p -> names.add(p.getFileName().toString()));
        }
        Map<String, Theme> all = ThemeCatalogue.readAll(names, ThemeCatalogueTest::shipped, quietLogger());
        assertEquals(names, all.keySet(), "no shipped theme is refused");
        assertTrue(all.size() >= 4, "the default and at least three more: " + all.keySet());
        for (Theme theme : all.values()) {
            assertTrue(theme.description(Locale.ENGLISH).length() > 20, theme.name());
            byte[] css = shipped(theme.name()).read("theme.css").orElseThrow();
            if (!theme.isDefault()) {
                // A theme addresses only its own pages: every rule starts with its body class.
                String text = new String(css, StandardCharsets.UTF_8).replaceAll("/\\*.*?\\*/", "");
                for (String rule : text.replaceAll("@media[^{]*\\{", "").split("}")) {
                    String selectors = rule.contains("{")
                            ? rule.substring(0, rule.indexOf('{')).strip()
                            : "";
                    for (String selector : selectors.isEmpty() ? new String[0] : selectors.split(",")) {
                        assertTrue(
                                selector.strip().startsWith(".theme-" + theme.name()),
                                theme.name() + ": " + selector.strip());
                    }
                }
            }
        }
    }

    @Test
    void a_good_theme_is_read() throws Exception {
        Theme theme = ThemeReader.read("uji", of(goodTheme()));
        assertEquals("Uji", theme.title(Locale.forLanguageTag("id")));
        assertEquals("A test theme", theme.description(Locale.ENGLISH));
        assertEquals("#336699", theme.accent());
    }

    @Test
    void a_broken_or_unsafe_theme_is_refused_with_its_reason() {
        assertRefused("uji", files -> files.remove("theme.css"), "theme.css is missing");
        assertRefused("uji", files -> files.remove("preview.png"), "preview.png is missing");
        assertRefused("uji", files -> files.put("preview.png", "GIF89a".getBytes()), "not a PNG");
        assertRefused("uji", files -> files.put("theme.properties", "name=Uji\n".getBytes()), "no name.en");
        assertRefused("uji", files -> css(files, "@import url(https://evil.example/x.css);"), "@import");
        assertRefused("uji", files -> css(files, ".a{background:url(https://evil.example/p.png)}"), "own folder");
        assertRefused("uji", files -> css(files, ".a{background:url(//evil.example/p.png)}"), "own folder");
        assertRefused("uji", files -> css(files, ".a{background:url(../default/preview.png)}"), "own folder");
        assertRefused("uji", files -> css(files, ".a{width:expression(alert(1))}"), "expression(");
        assertRefused("uji", files -> css(files, ".a{background:u\\72l(x)}"), "\\");
        assertRefused("uji", files -> css(files, "</style><script>alert(1)</script>"), "</");
        assertRefused("uji", files -> css(files, ".a{color:red"), "unbalanced");
        assertRefused("uji", files -> css(files, "x".repeat(40 * 1024)), "larger than");
        assertRefused("uji", files -> files.put("theme.css", new byte[] {(byte) 0xff, (byte) 0xfe}), "UTF-8");
        assertRefused("../default", files -> {}, "folder name");
        assertRefused("Uji", files -> {}, "folder name");
    }

    @Test
    void the_catalogue_leaves_a_broken_theme_out_and_needs_the_default() {
        Map<String, Map<String, byte[]>> folders = new HashMap<>();
        folders.put("default", goodTheme());
        folders.put("rusak", goodTheme());
        folders.get("rusak").remove("preview.png");
        folders.put("uji", goodTheme());
        Map<String, Theme> all = ThemeCatalogue.readAll(folders.keySet(), n -> of(folders.get(n)), quietLogger());
        assertEquals(Set.of("default", "uji"), all.keySet());
        ThemeCatalogue catalogue = new ThemeCatalogue(all);
        assertEquals("default", catalogue.orDefault("rusak").name(), "a village that picked it sees the default");
        assertEquals("default", catalogue.orDefault(null).name());
        assertEquals("default", catalogue.all().get(0).name(), "the default first");

        folders.get("default").remove("theme.css");
        assertThrows(
                IllegalStateException.class,
                () -> ThemeCatalogue.readAll(folders.keySet(), n -> of(folders.get(n)), quietLogger()));
    }

    private static void css(Map<String, byte[]> files, String css) {
        files.put("theme.css", css.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(
            String name, java.util.function.Consumer<Map<String, byte[]>> breakIt, String why) {
        Map<String, byte[]> files = goodTheme();
        breakIt.accept(files);
        ThemeReader.BrokenTheme refused =
                assertThrows(ThemeReader.BrokenTheme.class, () -> ThemeReader.read(name, of(files)));
        assertTrue(refused.getMessage().contains(why), refused.getMessage());
    }

    private static Logger quietLogger() {
        Logger logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {}

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
        return logger;
    }
}
