package id.portaldesa.shared.web;

import id.portaldesa.shared.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Addresses of theme files that change whenever the file does ({@code theme.css?v=<hash>}), so that
 * browsers and the proxy may keep them for a month (deploy/nginx) and still get a new release's
 * styles at once. Files of any theme folder ({@code themes/<name>/}); which themes a village may use
 * is the site feature's catalogue.
 */
@Named("theme")
@ApplicationScoped
public class ThemeAssets {

    static final String DEFAULT_THEME = "default";
    static final String FOLDER = "/themes/" + DEFAULT_THEME + "/";
    /** A theme folder and a file name: never a path that could leave the themes folder. */
    private static final Pattern THEME = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9_-]*\\.[a-z]{2,5}");

    @Inject
    ServletContext servletContext;

    private final Map<String, String> urls = new ConcurrentHashMap<>();

    /** A file of the default theme, e.g. {@code office.css}. */
    public String url(String file) {
        return url(DEFAULT_THEME, file);
    }

    /** A file of a theme, e.g. {@code url('pusaka', 'theme.css')}. */
    public String url(String theme, String file) {
        if (theme == null
                || !THEME.matcher(theme).matches()
                || file == null
                || !FILE.matcher(file).matches()) {
            throw new IllegalArgumentException("no theme file " + theme + "/" + file);
        }
        String path = "/themes/" + theme + "/" + file;
        return urls.computeIfAbsent(path, p -> servletContext.getContextPath() + p + "?v=" + version(p));
    }

    private String version(String path) {
        try (InputStream in = servletContext.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no theme file " + path);
            }
            return Tokens.sha256(in.readAllBytes()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
