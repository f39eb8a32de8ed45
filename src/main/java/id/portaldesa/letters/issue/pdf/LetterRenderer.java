package id.portaldesa.letters.issue.pdf;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsoup.helper.W3CDom;

/**
 * Renders a letter to PDF with openhtmltopdf on PDFBox: A4 or F4, fonts embedded (subsets). Nothing
 * outside the letter is ever loaded: pictures come inline (logo, QR code) and every other address a
 * document could name (http, file, jar, …) is refused before it is resolved.
 */
public final class LetterRenderer {

    private static final Logger LOG = Logger.getLogger(LetterRenderer.class.getName());

    private final LetterFonts fonts;

    /** Font metrics, shared by every rendering: a font is measured once, not once per letter. */
    private final FSDefaultCacheStore metrics = new FSDefaultCacheStore();

    public LetterRenderer(LetterFonts fonts) {
        this.fonts = fonts;
    }

    public LetterFonts fonts() {
        return fonts;
    }

    /** The unsigned PDF of a letter. */
    public byte[] render(LetterContent letter) {
        if (!fonts.usable()) {
            throw new IllegalStateException(fonts.problem().orElse("The letter fonts are missing"));
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(96 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("Portal Desa");
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        // Diagnostics of this rendering go here instead of openhtmltopdf's own (chatty) logging.
        builder.withDiagnosticConsumer(LetterRenderer::diagnostic);
        fonts.registerOn(builder);
        builder.withW3cDocument(new W3CDom().fromJsoup(LetterHtml.of(letter)), "");
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter could not be rendered", e);
        }
        return pdf.toByteArray();
    }

    private static void diagnostic(Diagnostic diagnostic) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            LOG.log(Level.WARNING, () -> "Letter rendering: " + diagnostic.getFormattedMessage());
        }
    }
}
