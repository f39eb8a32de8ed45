package id.portaldesa.site.theme;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The themes a village may pick: every folder of {@code themes/} in the deployment that {@link
 * ThemeReader} accepts, read once at start. A refused theme is named in the log and offered to no
 * one; a village whose stored theme is not (or no longer) in the catalogue is shown the default.
 */
@ApplicationScoped
public class ThemeCatalogue {

    private static final Logger LOG = Logger.getLogger(ThemeCatalogue.class.getName());
    static final String FOLDER = "/themes/";

    @Inject
    ServletContext servletContext;

    private Map<String, Theme> themes = Map.of();

    public ThemeCatalogue() {}

    /** A catalogue of these themes (tests). */
    ThemeCatalogue(Map<String, Theme> themes) {
        this.themes = Map.copyOf(themes);
    }

    @PostConstruct
    void read() {
        Set<String> names = new TreeSet<>();
        Set<String> paths = servletContext.getResourcePaths(FOLDER);
        if (paths != null) {
            for (String path : paths) {
                if (path.endsWith("/")) {
                    names.add(path.substring(FOLDER.length(), path.length() - 1));
                }
            }
        }
        themes = readAll(names, name -> file -> readResource(FOLDER + name + "/" + file), LOG);
    }

    /** Every acceptable theme of these folders; the refused ones are logged and left out. */
    static Map<String, Theme> readAll(Set<String> names, Function<String, ThemeReader.Files> folders, Logger log) {
        Map<String, Theme> accepted = new java.util.TreeMap<>();
        for (String name : names) {
            try {
                accepted.put(name, ThemeReader.read(name, folders.apply(name)));
            } catch (ThemeReader.BrokenTheme e) {
                log.warning(e.getMessage());
            }
        }
        if (!accepted.containsKey(Theme.DEFAULT)) {
            throw new IllegalStateException("The default theme (themes/default) is missing or broken");
        }
        return Map.copyOf(accepted);
    }

    private Optional<byte[]> readResource(String path) {
        try (InputStream in = servletContext.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readNBytes(ThemeReader.MAX_CSS_BYTES * 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every theme, the default first, then by name. */
    public List<Theme> all() {
        List<Theme> list = new ArrayList<>(themes.values());
        list.sort(Comparator.comparing((Theme t) -> !t.isDefault()).thenComparing(Theme::name));
        return List.copyOf(list);
    }

    public Optional<Theme> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(themes.get(name));
    }

    /** The theme of this name, or the default when there is no such theme (any more). */
    public Theme orDefault(String name) {
        return find(name).orElseGet(() -> themes.get(Theme.DEFAULT));
    }
}
