package id.portaldesa.shared.paging;

import java.util.Optional;

/**
 * One page of a list, as asked for by a table: which rows, sorted by which of the list's sortable
 * columns, and an optional search text. Sizes are capped so no request can ask for the whole table.
 *
 * @param first index of the first row (0-based)
 * @param size rows per page, 1 to {@link #MAX_SIZE}
 * @param sort a sort key the list declares (never a column name from the visitor), or empty
 * @param ascending sort direction
 * @param search free text to filter by, trimmed, or empty
 */
public record PageRequest(int first, int size, Optional<String> sort, boolean ascending, Optional<String> search) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        first = Math.max(0, first);
        size = Math.min(MAX_SIZE, Math.max(1, size));
        sort = sort == null ? Optional.empty() : sort.filter(s -> !s.isBlank());
        search = search == null ? Optional.empty() : search.map(String::trim).filter(s -> !s.isEmpty());
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, Optional.empty(), true, Optional.empty());
    }

    public PageRequest sortedBy(String key, boolean asc) {
        return new PageRequest(first, size, Optional.ofNullable(key), asc, search);
    }

    public PageRequest searching(String text) {
        return new PageRequest(0, size, sort, ascending, Optional.ofNullable(text));
    }

    public PageRequest next() {
        return new PageRequest(first + size, size, sort, ascending, search);
    }

    /** {@code %text%} for a LIKE, with the LIKE wildcards of the text escaped (escape character {@code \}). */
    public Optional<String> searchPattern() {
        return search.map(s -> "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
}
