package id.portaldesa.letters;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The letter types the portal ships, ready for any village to enable: read once from {@code
 * letters/types/} (the codes in {@code index.txt}, each {@code <CODE>.json} with its template in
 * {@code <CODE>.html}) and checked like an imported file. A village gets its own row of one only when
 * its admin enables or edits it, so onboarding a village writes nothing for letters.
 */
@ApplicationScoped
public class ShippedTypes {

    static final String FOLDER = "letters/types/";

    private volatile List<LetterTypeDefinition> all;

    public List<LetterTypeDefinition> all() {
        if (all == null) {
            all = load(ShippedTypes.class.getClassLoader());
        }
        return all;
    }

    public Optional<LetterTypeDefinition> find(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    static List<LetterTypeDefinition> load(ClassLoader loader) {
        List<LetterTypeDefinition> types = new ArrayList<>();
        for (String line : read(loader, FOLDER + "index.txt").split("\n")) {
            String code = line.strip();
            if (code.isEmpty() || code.startsWith("#")) {
                continue;
            }
            String template = read(loader, FOLDER + code + ".html");
            types.add(TypeRules.checked(
                    TypeFiles.read(read(loader, FOLDER + code + ".json").getBytes(StandardCharsets.UTF_8), template)));
        }
        return List.copyOf(types);
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
