package id.portaldesa.letters.issue.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fonts embedded in every letter, from the operating system's packages: DejaVu Serif (Debian
 * {@code fonts-dejavu-core}, its italics in {@code fonts-dejavu-extra}) for the text, so Indonesian names
 * with diacritics and typographic quotes print as typed, and Symbola ({@code fonts-symbola}) as the
 * fallback for emoji and symbols DejaVu lacks. Every face is registered (regular, bold, italic, bold
 * italic): a face that is missing does not fail, it silently renders upright or regular. The files are
 * read once and kept in memory; each letter embeds only the glyphs it uses.
 *
 * <p>Without DejaVu Serif no letter can be issued (the message says which packages to install); without
 * Symbola or the italics, letters are issued and what those faces would print falls back (emoji as a
 * replacement mark, italics upright), logged once at start.
 */
public final class LetterFonts {

    /** The CSS family of the letter text. */
    public static final String TEXT_FAMILY = "DejaVu Serif";

    /** The CSS family tried for characters the text family lacks. */
    public static final String FALLBACK_FAMILY = "Symbola";

    /** One face: its file below the font directory, its family, weight and style. */
    record Face(String file, String family, int weight, FontStyle style, boolean required) {}

    static final List<Face> FACES = List.of(
            new Face("dejavu/DejaVuSerif.ttf", TEXT_FAMILY, 400, FontStyle.NORMAL, true),
            new Face("dejavu/DejaVuSerif-Bold.ttf", TEXT_FAMILY, 700, FontStyle.NORMAL, true),
            new Face("dejavu/DejaVuSerif-Italic.ttf", TEXT_FAMILY, 400, FontStyle.ITALIC, false),
            new Face("dejavu/DejaVuSerif-BoldItalic.ttf", TEXT_FAMILY, 700, FontStyle.ITALIC, false),
            new Face("ancient-scripts/Symbola_hint.ttf", FALLBACK_FAMILY, 400, FontStyle.NORMAL, false));

    private record Loaded(Face face, byte[] bytes) {}

    private final List<Loaded> loaded;
    private final List<String> missing;

    private LetterFonts(List<Loaded> loaded, List<String> missing) {
        this.loaded = List.copyOf(loaded);
        this.missing = List.copyOf(missing);
    }

    /** Reads the faces under this directory (e.g. {@code /usr/share/fonts/truetype}). */
    public static LetterFonts from(Path directory) {
        List<Loaded> loaded = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Face face : FACES) {
            Path file = directory.resolve(face.file());
            if (Files.isReadable(file)) {
                try {
                    loaded.add(new Loaded(face, Files.readAllBytes(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the font " + file, e);
                }
            } else {
                missing.add(file.toString());
            }
        }
        return new LetterFonts(loaded, missing);
    }

    /** Whether letters can be rendered: the regular and bold text faces are there. */
    public boolean usable() {
        return FACES.stream()
                .filter(Face::required)
                .allMatch(f -> loaded.stream().anyMatch(l -> l.face().equals(f)));
    }

    /** The font files that were not found, for the log. */
    public List<String> missing() {
        return missing;
    }

    /** A sentence for the log about what is missing, if anything. */
    public Optional<String> problem() {
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((usable() ? "Letters print without " : "Letters CANNOT be issued without ") + missing
                + ": install the Debian packages fonts-dejavu-core, fonts-dejavu-extra and fonts-symbola,"
                + " or point PORTAL_LETTERS_FONT_DIR at a directory holding these files");
    }

    /** Registers every face found with a renderer. */
    void registerOn(PdfRendererBuilder builder) {
        for (Loaded font : loaded) {
            byte[] bytes = font.bytes();
            builder.useFont(
                    () -> new ByteArrayInputStream(bytes),
                    font.face().family(),
                    font.face().weight(),
                    font.face().style(),
                    true);
        }
    }
}
