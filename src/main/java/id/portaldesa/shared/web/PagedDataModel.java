package id.portaldesa.shared.web;

import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import jakarta.faces.context.FacesContext;
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

    /** The pd:table's page size, until the table has asked for one. */
    static final int FIRST_PAGE_SIZE = 20;

    private final PageSource<T> source;
    private final RowKey<T> rowKey;
    private transient List<T> rows = List.of();
    private int lastSize = FIRST_PAGE_SIZE;
    private int lastFirst;

    // What the table's count asked for in this request, for its load to use instead of asking again.
    private transient Slice<T> counted;
    private transient Object countedIn;

    public PagedDataModel(PageSource<T> source, RowKey<T> rowKey) {
        this.source = Objects.requireNonNull(source);
        this.rowKey = Objects.requireNonNull(rowKey);
    }

    /**
     * The total, which the table asks for before it loads a page: the page it asked for last (on a
     * first visit, the first page) is read with it, and the load that follows in the same request
     * takes it instead of reading the list again.
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        counted = source.page(requestFor(lastFirst, lastSize, Map.of(), filterBy));
        countedIn = currentRequest();
        return clamp(counted.total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageRequest request = requestFor(first, pageSize, sortBy, filterBy);
        Object now = currentRequest();
        Slice<T> slice = counted != null
                        && now != null
                        && now == countedIn
                        && counted.request().equals(request)
                ? counted
                : source.page(request);
        counted = null;
        countedIn = null;
        lastFirst = first;
        lastSize = pageSize;
        setRowCount(clamp(slice.total()));
        rows = slice.items();
        return rows;
    }

    /** The request being answered (its FacesContext); a test gives its own. */
    Object currentRequest() {
        return FacesContext.getCurrentInstance();
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
