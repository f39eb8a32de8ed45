package id.portaldesa.site.theme;

import id.portaldesa.shared.validation.HexColor;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one theme folder and refuses a broken or unsafe one, with the reason, so that a bad theme is
 * left out of the catalogue instead of breaking the sites that would use it. A theme needs {@code
 * theme.properties} (name and description in Indonesian and English, an accent colour), {@code
 * theme.css} (small, plain CSS: no imports, nothing loaded from elsewhere, no script) and {@code
 * preview.png} (a small PNG).
 */
public final class ThemeReader {

    /** Reads a file of the theme's folder; empty when there is none. */
    @FunctionalInterface
    public interface Files {
        Optional<byte[]> read(String fileName);
    }

    /** What is wrong with a theme. */
    public static final class BrokenTheme extends Exception {
        public BrokenTheme(String name, String reason) {
            super("Theme '" + name + "' refused: " + reason);
        }
    }

    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    static final int MAX_CSS_BYTES = 32 * 1024;
    static final int MAX_PREVIEW_BYTES = 64 * 1024;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern URL = Pattern.compile("url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)", Pattern.CASE_INSENSITIVE);
    /** Constructs that load, run or escape something: none belongs in a theme. */
    private static final List<String> FORBIDDEN =
            List.of("@import", "expression(", "javascript:", "behavior:", "-moz-binding", "</", "@charset", "\\");

    private ThemeReader() {}

    public static Theme read(String name, Files files) throws BrokenTheme {
        if (!NAME.matcher(name).matches()) {
            throw new BrokenTheme(name, "the folder name must be lower-case letters, digits and hyphens");
        }
        Properties properties = properties(name, files);
        Theme theme = new Theme(
                name,
                required(name, properties, "name"),
                required(name, properties, "name.en"),
                required(name, properties, "description"),
                required(name, properties, "description.en"),
                required(name, properties, "accent"));
        if (!HEX.matcher(theme.accent()).matches()) {
            throw new BrokenTheme(
                    name, "accent must be a colour like #2e7d32 (" + HexColor.class.getSimpleName() + ")");
        }
        checkCss(name, files.read("theme.css").orElseThrow(() -> new BrokenTheme(name, "theme.css is missing")));
        checkPreview(
                name, files.read("preview.png").orElseThrow(() -> new BrokenTheme(name, "preview.png is missing")));
        return theme;
    }

    private static Properties properties(String name, Files files) throws BrokenTheme {
        byte[] bytes =
                files.read("theme.properties").orElseThrow(() -> new BrokenTheme(name, "theme.properties is missing"));
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(utf8(name, "theme.properties", bytes)));
        } catch (IOException | IllegalArgumentException e) {
            throw new BrokenTheme(name, "theme.properties cannot be read: " + e.getMessage());
        }
        return properties;
    }

    private static String required(String name, Properties properties, String key) throws BrokenTheme {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new BrokenTheme(name, "theme.properties has no " + key);
        }
        if (value.length() > 300) {
            throw new BrokenTheme(name, key + " is longer than 300 characters");
        }
        return value.strip();
    }

    static void checkCss(String name, byte[] css) throws BrokenTheme {
        if (css.length > MAX_CSS_BYTES) {
            throw new BrokenTheme(name, "theme.css is larger than " + MAX_CSS_BYTES / 1024 + " KB");
        }
        String text = utf8(name, "theme.css", css);
        String lower = text.toLowerCase(Locale.ROOT);
        for (String forbidden : FORBIDDEN) {
            if (lower.contains(forbidden)) {
                throw new BrokenTheme(name, "theme.css may not contain " + forbidden);
            }
        }
        Matcher url = URL.matcher(text);
        List<String> outside = new ArrayList<>();
        while (url.find()) {
            String target = url.group(2).strip();
            // Only pictures of the theme's own folder: nothing from another host or another theme.
            if (!target.matches("[a-z0-9][a-z0-9_-]*\\.(png|webp|jpg|svg)")) {
                outside.add(target);
            }
        }
        if (!outside.isEmpty()) {
            throw new BrokenTheme(name, "theme.css may load only files of its own folder, not " + outside);
        }
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                break;
            }
        }
        if (depth != 0) {
            throw new BrokenTheme(name, "theme.css has unbalanced braces");
        }
    }

    private static void checkPreview(String name, byte[] png) throws BrokenTheme {
        if (png.length > MAX_PREVIEW_BYTES) {
            throw new BrokenTheme(name, "preview.png is larger than " + MAX_PREVIEW_BYTES / 1024 + " KB");
        }
        if (png.length < PNG_SIGNATURE.length) {
            throw new BrokenTheme(name, "preview.png is not a PNG image");
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (png[i] != PNG_SIGNATURE[i]) {
                throw new BrokenTheme(name, "preview.png is not a PNG image");
            }
        }
    }

    private static String utf8(String name, String file, byte[] bytes) throws BrokenTheme {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BrokenTheme(name, file + " is not UTF-8 text");
        }
    }
}
