package id.portaldesa.catalogue.web;

import id.portaldesa.shared.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The catalogue's own small stylesheet (product cards, photos, price, share links), linked only by
 * its pages, with an address that changes with its content so browsers may keep it. Written with the
 * theme's CSS variables ({@code --accent}, {@code --line}, …), so it fits every theme.
 */
@Named("catalogueAssets")
@ApplicationScoped
public class CatalogueAssets {

    static final String CSS = "/public/catalogue/catalogue.css";

    @Inject
    ServletContext servletContext;

    private volatile String css;

    public String getCss() {
        if (css == null) {
            css = servletContext.getContextPath() + CSS + "?v=" + version();
        }
        return css;
    }

    private String version() {
        try (InputStream in = servletContext.getResourceAsStream(CSS)) {
            if (in == null) {
                throw new IllegalStateException("no " + CSS);
            }
            return Tokens.sha256(in.readAllBytes()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
