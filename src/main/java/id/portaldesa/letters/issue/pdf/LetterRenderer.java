package id.portaldesa.letters.issue.pdf;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
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

    /**
     * PDFBox warns once per letter that it falls back to another font for the base font Symbol, which
     * no letter uses. Kept in a field: JUL holds loggers weakly, a level set on a dropped one is lost.
     */
    private static final Logger PDFBOX_TYPE1 = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    static {
        PDFBOX_TYPE1.setLevel(Level.SEVERE);
        // openhtmltopdf logs every rendering's steps at INFO through its own console handler: only
        // warnings are kept (this renderer's diagnostics are logged below).
        for (String name : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(name, Level.WARNING);
        }
    }

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
