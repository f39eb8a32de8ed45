package id.portaldesa.letters;

import id.portaldesa.shared.BusinessException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter type's template: HTML with named placeholders, {@code {{pemohon.nama}}}. Checked when it is
 * saved (every placeholder must be one of the type's, see {@link Placeholders}) and filled when a
 * letter is signed or previewed. Values are escaped into the HTML and never read as template or
 * markup: a name like {@code <b>{{desa.nama}}</b>} prints as those very characters.
 */
public final class LetterTemplate {

    /** A well-formed placeholder: lower-case names joined by dots, spaces inside the braces allowed. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)*)\\s*}}");

    /** Anything between double braces, to catch placeholders that are not well formed. */
    private static final Pattern BRACES = Pattern.compile("\\{\\{(.{0,80}?)}}", Pattern.DOTALL);

    /** The longest template kept (it fits the column whatever the characters). */
    public static final int MAX_LENGTH = 30_000;

    private LetterTemplate() {}

    /** The names of the well-formed placeholders of a template, each once, in order of appearance. */
    public static List<String> namesIn(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template == null ? "" : template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    /**
     * The placeholders of a template that are not among the valid ones, as written (a malformed one
     * such as {@code {{Nama Warga}}} included), each once.
     */
    public static List<String> unknownIn(String template, Collection<String> valid) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = BRACES.matcher(template == null ? "" : template);
        while (m.find()) {
            Matcher name = PLACEHOLDER.matcher(m.group());
            if (!name.matches() || !valid.contains(name.group(1))) {
                unknown.add(m.group().strip());
            }
        }
        return List.copyOf(unknown);
    }

    /**
     * Refuses a template with a placeholder that is not one of the valid ones, naming those it found
     * and listing the valid ones ({@code letters.template.unknown}).
     */
    public static void check(String template, Collection<String> valid) {
        if (template == null || template.isBlank()) {
            throw new BusinessException("letters.template.empty");
        }
        if (template.length() > MAX_LENGTH) {
            throw new BusinessException("letters.template.tooLong", MAX_LENGTH);
        }
        List<String> unknown = unknownIn(template, valid);
        if (!unknown.isEmpty()) {
            List<String> names = new ArrayList<>();
            valid.forEach(v -> names.add("{{" + v + "}}"));
            throw new BusinessException(
                    "letters.template.unknown", String.join(", ", unknown), String.join(", ", names));
        }
    }

    /**
     * The template with every placeholder replaced by its value, escaped for HTML; a placeholder
     * without a value becomes empty. One pass: a value is never looked at again, so a value that
     * looks like a placeholder or like markup stays text.
     */
    public static String fill(String template, Map<String, String> values) {
        return fill(template, values, Map.of());
    }

    /**
     * Like {@link #fill(String, Map)}, with some placeholders replaced by markup of the portal itself
     * (never a value anybody typed), e.g. {@link Placeholders#NUMBER_MARK}.
     */
    public static String fill(String template, Map<String, String> values, Map<String, String> portalMarkup) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (m.find()) {
            String markup = portalMarkup.get(m.group(1));
            String value = values.get(m.group(1));
            String replacement = markup != null ? markup : escape(value == null ? "" : value);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Text as HTML text or attribute value: the five characters HTML gives meaning to, encoded. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
