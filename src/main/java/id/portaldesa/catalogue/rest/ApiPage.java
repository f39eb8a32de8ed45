package id.portaldesa.catalogue.rest;

import id.portaldesa.catalogue.Listing;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in the API: the items, which page of how many, and how many items in all.
 *
 * @param page counted from 1
 */
public record ApiPage<T>(List<T> items, int page, int size, int pages, int total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    static <S, T> ApiPage<T> of(List<S> all, Integer page, Integer size, Function<S, T> json) {
        int rows = size == null ? DEFAULT_SIZE : Math.min(MAX_SIZE, Math.max(1, size));
        Listing<S> listing = Listing.of(all, page == null ? 1 : page, rows);
        return new ApiPage<>(
                listing.items().stream().map(json).toList(), listing.page(), rows, listing.pages(), listing.total());
    }
}
