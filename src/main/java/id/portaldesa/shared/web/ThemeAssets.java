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

/**
 * Addresses of theme files that change whenever the file does ({@code theme.css?v=<hash>}), so that
 * browsers and the proxy may keep them for a month (deploy/nginx) and still get a new release's
 * styles at once.
 */
@Named("theme")
@ApplicationScoped
public class ThemeAssets {

    static final String FOLDER = "/themes/default/";

    @Inject
    ServletContext servletContext;

    private final Map<String, String> urls = new ConcurrentHashMap<>();

    public String url(String file) {
        return urls.computeIfAbsent(file, f -> servletContext.getContextPath() + FOLDER + f + "?v=" + version(f));
    }

    private String version(String file) {
        try (InputStream in = servletContext.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no theme file " + FOLDER + file);
            }
            return Tokens.sha256(in.readAllBytes()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
