package id.portaldesa.shared.paging;

import java.util.List;
import java.util.function.Function;

/** The rows of one page and how many rows the whole list has. */
public record Slice<T>(List<T> items, long total, PageRequest request) {

    public Slice {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return request.first() + items.size() < total;
    }

    public <R> Slice<R> map(Function<T, R> mapper) {
        return new Slice<>(items.stream().map(mapper).toList(), total, request);
    }
}
