package id.portaldesa.catalogue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Plain texts of sellers and the admin: paragraphs for pages, plain forms for search. */
final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {}

    /** Paragraphs split at blank lines; single line breaks kept inside a paragraph as spaces. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\n\\s*\\n"))
                .map(p -> p.strip().replaceAll("\\s*\\n\\s*", " "))
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** Non-empty lines, e.g. facilities written one a line. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Case and accents do not matter for search: "Kopi Kerinci" finds "kopí". */
    static String plain(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD))
                .replaceAll("");
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The searchable text of several fields. */
    static String searchable(String... fields) {
        return Stream.of(fields).filter(Objects::nonNull).map(Texts::plain).collect(Collectors.joining(" \u0001 "));
    }

    /**
     * Whether a {@link #searchable} text holds every word of the query: the query is made plain once,
     * not once for every item it is tried on. A query of no words matches everything.
     */
    static Predicate<String> matching(String query) {
        String wanted = plain(query);
        if (wanted.isEmpty()) {
            return searchText -> true;
        }
        List<String> words = List.of(wanted.split(" "));
        return searchText -> words.stream().allMatch(searchText::contains);
    }

    /** A short excerpt of a text around the first word of the query, for search results. */
    static String snippet(String text, String query, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        String first = plain(query).split(" ")[0];
        int at = first.isEmpty() ? -1 : plain(flat).indexOf(first);
        int start = at < max / 3 ? 0 : Math.max(0, flat.lastIndexOf(' ', at - max / 3) + 1);
        int end = Math.min(flat.length(), start + max);
        int cut = flat.lastIndexOf(' ', end);
        end = end < flat.length() && cut > start ? cut : end;
        return (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
    }
}
