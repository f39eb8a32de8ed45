package id.portaldesa.participation;

import java.util.Arrays;
import java.util.List;

/** Plain text as the lines a person typed, for pages that escape each one (no markup is ever kept). */
public final class Paragraphs {

    private Paragraphs() {}

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
