package id.portaldesa.catalogue;

import java.util.List;

/**
 * One page of a list kept in memory (the public catalogue), counted from 1 as the address says it
 * ({@code ?hal=2}). A page past the end is the last page; before the first, the first.
 */
public record Listing<T>(List<T> items, int page, int pages, int total) {

    public Listing {
        items = List.copyOf(items);
    }

    public static <T> Listing<T> of(List<T> all, int page, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int shown = Math.min(Math.max(1, page), pages);
        int from = (shown - 1) * size;
        return new Listing<>(all.subList(from, Math.min(all.size(), from + size)), shown, pages, all.size());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /** The page number in an address: {@code ?hal=2}; a text that is no number is the first page. */
    public static int pageNumber(String typed) {
        if (typed == null || !typed.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(typed));
    }
}
