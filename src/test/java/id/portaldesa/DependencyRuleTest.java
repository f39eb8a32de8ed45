package id.portaldesa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of design §4: features meet through the seams in {@code shared}, never by
 * importing each other. Reads the sources under {@code src/main/java} and finds every reference to
 * another top-level package of the portal, imported or written out in full.
 */
class DependencyRuleTest {

    static final Path SOURCES = Path.of("src/main/java/id/portaldesa");

    /** The foundation every feature may use. */
    static final Set<String> FOR_FEATURES = Set.of("village", "account", "media", "shared");

    /** What the foundation packages may use; any other package is a feature. */
    static final Map<String, Set<String>> FOUNDATION = Map.of(
            "shared", Set.of(),
            "village", Set.of("shared"),
            "account", Set.of("village", "shared"));

    /** The features named in design §4, so that a typo in a package name does not slip through. */
    static final Set<String> KNOWN_FEATURES =
            Set.of("site", "news", "catalogue", "letters", "participation", "notify", "platform", "media");

    /**
     * Known exceptions, {@code "from -> to"}, each with the reason it is tolerated for now. Empty:
     * the current code keeps the rule.
     */
    static final Set<String> KNOWN_EXCEPTIONS = Set.of();

    /** {@code id.portaldesa.<package>} followed by a dot and a name, in an import or in code. */
    private static final Pattern REFERENCE = Pattern.compile("\\bid\\.portaldesa\\.([a-z][a-z0-9_]*)\\.");

    @Test
    void features_use_only_the_foundation_and_the_foundation_no_feature() {
        Set<String> violations = new TreeSet<>();
        for (Path file : javaFiles()) {
            String from = topLevelPackage(file);
            for (String to : referencedPackages(read(file))) {
                if (!to.equals(from) && !allowed(from, to) && !KNOWN_EXCEPTIONS.contains(from + " -> " + to)) {
                    violations.add(from + " -> " + to + " (" + SOURCES.relativize(file) + ")");
                }
            }
        }
        assertEquals(Set.of(), violations, "Features meet through seams in shared, not through imports");
    }

    @Test
    void every_package_is_the_foundation_or_a_feature_of_the_design() {
        Set<String> unknown = new TreeSet<>();
        for (Path file : javaFiles()) {
            String pkg = topLevelPackage(file);
            if (!pkg.isEmpty() && !FOUNDATION.containsKey(pkg) && !KNOWN_FEATURES.contains(pkg)) {
                unknown.add(pkg);
            }
        }
        assertEquals(Set.of(), unknown, "New top-level package: add it to design §4 and to this test");
    }

    /** The rule itself, checked on made-up sources, so that a reader that finds nothing cannot pass. */
    @Test
    void the_reader_finds_imports_and_names_written_out_in_full() {
        String source = "package id.portaldesa.site;\n"
                + "import id.portaldesa.village.CurrentVillage;\n"
                + "import static id.portaldesa.news.ArticleService.latest;\n"
                + "class X { Object o = new id.portaldesa.letters.Letter(); // id.portaldesa.shared is fine\n}";
        assertEquals(Set.of("village", "news", "letters"), referencedPackages(source));
        assertTrue(allowed("site", "village"));
        assertTrue(allowed("site", "media"));
        assertTrue(!allowed("site", "news"), "a feature never uses another feature");
        assertTrue(!allowed("village", "account"), "village comes before account");
        assertTrue(!allowed("shared", "village"), "shared depends on nothing of the portal");
        assertTrue(!allowed("account", "site"));
        assertTrue(allowed("media", "account"));
        assertTrue(!allowed("media", "site"), "media is used by features, and uses none of them");
    }

    static boolean allowed(String from, String to) {
        if (from.equals(to)) {
            return true;
        }
        Set<String> foundation = FOUNDATION.get(from);
        if (foundation != null) {
            return foundation.contains(to);
        }
        return FOR_FEATURES.contains(to);
    }

    static Set<String> referencedPackages(String source) {
        Set<String> packages = new TreeSet<>();
        // Line comments would only confuse; block comments and Javadoc name classes in {@link}s,
        // which are real dependencies of the reader, so they count.
        String code = source.replaceAll("(?m)//.*$", "");
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            packages.add(m.group(1));
        }
        return packages;
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> list =
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            assertTrue(list.size() > 50, "found the sources in " + SOURCES.toAbsolutePath());
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code site} for {@code id/portaldesa/site/web/LogoServlet.java}; empty for the root package. */
    private static String topLevelPackage(Path file) {
        Path relative = SOURCES.relativize(file);
        return relative.getNameCount() < 2 ? "" : relative.getName(0).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
