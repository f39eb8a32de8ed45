package id.portaldesa.shared.web;

import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * What a lazy back-office table ({@code pd:table}) shows: each page the table asks for becomes a
 * {@link PageRequest} handed to a service, which pages in the database. The table's sort field is
 * passed on as the sort key (the list maps it to a column it declares, or ignores it) and the search
 * box as the search text; only the rows of the current page are held.
 *
 * @param <T> the row type
 */
public class PagedDataModel<T> extends LazyDataModel<T> {

    /** One page of the list, paged in the database. */
    @FunctionalInterface
    public interface PageSource<T> extends Serializable {
        Slice<T> page(PageRequest request);
    }

    /** A stable key for a row (its id), for selection and row actions. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        Object of(T row);
    }

    private final PageSource<T> source;
    private final RowKey<T> rowKey;
    private transient List<T> rows = List.of();

    public PagedDataModel(PageSource<T> source, RowKey<T> rowKey) {
        this.source = Objects.requireNonNull(source);
        this.rowKey = Objects.requireNonNull(rowKey);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        // The total alone: a one-row page of the same filter (the table asks before it loads).
        return clamp(source.page(requestFor(0, 1, Map.of(), filterBy)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Slice<T> slice = source.page(requestFor(first, pageSize, sortBy, filterBy));
        setRowCount(clamp(slice.total()));
        rows = slice.items();
        return rows;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.of(row));
    }

    @Override
    public T getRowData(String key) {
        List<T> current = rows == null ? List.of() : rows;
        return current.stream()
                .filter(row -> getRowKey(row).equals(key))
                .findFirst()
                .orElse(null);
    }

    /** The page request for what the table asks: the active sort with the highest priority, the global filter. */
    static PageRequest requestFor(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Optional<SortMeta> sort = sortBy == null
                ? Optional.empty()
                : sortBy.values().stream()
                        .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted())
                        .sorted()
                        .findFirst();
        Optional<String> search = Optional.ofNullable(filterBy)
                .map(f -> f.get(FilterMeta.GLOBAL_FILTER_KEY))
                .map(FilterMeta::getFilterValue)
                .map(String::valueOf);
        return new PageRequest(
                first,
                pageSize,
                sort.map(SortMeta::getField),
                sort.map(s -> s.getOrder().isAscending()).orElse(true),
                search);
    }

    private static int clamp(long total) {
        return (int) Math.min(Integer.MAX_VALUE, total);
    }
}
