package id.portaldesa.letters.issue;

import id.portaldesa.letters.issue.pdf.LetterFonts;
import id.portaldesa.letters.issue.pdf.LetterRenderer;
import id.portaldesa.shared.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The one renderer of the deployment, with its fonts read once (PORTAL_LETTERS_FONT_DIR, default
 * Debian's {@code /usr/share/fonts/truetype}). PDFBox's own font cache goes to the data directory
 * instead of the home directory (the renderer quiets its loggers itself).
 */
@ApplicationScoped
public class LetterRenderers {

    private static final Logger LOG = Logger.getLogger(LetterRenderers.class.getName());

    static final String FONT_DIR = "portal.letters.font.dir";

    @Inject
    PortalConfig portal;

    @Inject
    Config config;

    private volatile LetterRenderer renderer;

    public LetterRenderer renderer() {
        LetterRenderer known = renderer;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (renderer == null) {
                try {
                    Path cache = portal.dataDir().resolve("pdfbox-fontcache");
                    Files.createDirectories(cache);
                    if (System.getProperty("pdfbox.fontcache") == null) {
                        System.setProperty("pdfbox.fontcache", cache.toString());
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "No PDFBox font cache in the data directory", e);
                }
                Path fonts = Path.of(config.getOptionalValue(FONT_DIR, String.class)
                        .filter(s -> !s.isBlank())
                        .orElse("/usr/share/fonts/truetype"));
                LetterFonts loaded = LetterFonts.from(fonts);
                loaded.problem().ifPresent(problem -> LOG.warning(problem));
                renderer = new LetterRenderer(loaded);
            }
            return renderer;
        }
    }
}
