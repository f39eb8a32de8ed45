package id.portaldesa.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class PagedDataModelTest {

    record Row(long id, String name) {}

    @Test
    void tableStateBecomesAPageRequest() {
        Map<String, SortMeta> sort = Map.of(
                "name",
                SortMeta.builder().field("name").order(SortOrder.DESCENDING).build());
        Map<String, FilterMeta> filter = Map.of(
                FilterMeta.GLOBAL_FILTER_KEY,
                FilterMeta.builder()
                        .field(FilterMeta.GLOBAL_FILTER_KEY)
                        .filterValue("  kung ")
                        .build());

        PageRequest request = PagedDataModel.requestFor(40, 20, sort, filter);

        assertEquals(40, request.first());
        assertEquals(20, request.size());
        assertEquals(Optional.of("name"), request.sort());
        assertEquals(false, request.ascending());
        assertEquals(Optional.of("kung"), request.search());
    }

    @Test
    void unsortedAndUnfilteredTableAsksForTheListsDefaultOrder() {
        Map<String, SortMeta> sort = Map.of(
                "name",
                SortMeta.builder().field("name").order(SortOrder.UNSORTED).build());

        PageRequest request = PagedDataModel.requestFor(0, 500, sort, Map.of());

        assertEquals(Optional.empty(), request.sort());
        assertEquals(Optional.empty(), request.search());
        assertEquals(PageRequest.MAX_SIZE, request.size(), "a table cannot ask for more than a page");
    }

    @Test
    void loadsOnePageKeepsTheTotalAndFindsRowsByKey() {
        List<PageRequest> asked = new ArrayList<>();
        PagedDataModel<Row> model =
                new PagedDataModel<>(
                        request -> {
                            asked.add(request);
                            List<Row> rows =
                                    List.of(new Row(request.first() + 1, "a"), new Row(request.first() + 2, "b"));
                            return new Slice<>(rows, 83_762, request);
                        },
                        Row::id) {
                    @Override
                    Object currentRequest() {
                        return "one request";
                    }
                };

        List<Row> page = model.load(20, 2, Map.of(), Map.of());

        assertEquals(2, page.size());
        assertEquals(83_762, model.getRowCount());
        assertEquals(20, asked.get(0).first());
        assertEquals("22", model.getRowKey(page.get(1)));
        assertEquals(page.get(1), model.getRowData("22"));
        assertNull(model.getRowData("999"), "only rows of the current page are known");
        assertEquals(83_762, model.count(Map.of()));
    }

    @Test
    void theLoadAfterTheCountInTheSameRequestReadsTheListOnce() {
        List<PageRequest> asked = new ArrayList<>();
        Object[] request = {new Object()};
        PagedDataModel<Row> model =
                new PagedDataModel<>(
                        r -> {
                            asked.add(r);
                            return new Slice<>(List.of(new Row(r.first() + 1, "a")), 45, r);
                        },
                        Row::id) {
                    @Override
                    Object currentRequest() {
                        return request[0];
                    }
                };

        // A first visit: the count reads the first page, which the load then takes.
        assertEquals(45, model.count(Map.of()));
        assertEquals(1, model.load(0, 20, Map.of(), Map.of()).get(0).id());
        assertEquals(1, asked.size(), "one read for count and load");

        // The next page is another request: its own read.
        request[0] = new Object();
        assertEquals(45, model.count(Map.of()));
        assertEquals(21, model.load(20, 20, Map.of(), Map.of()).get(0).id());
        assertEquals(3, asked.size(), "the count read the last page asked for, the load the new one");

        // A count of an earlier request is never taken by a later load.
        assertEquals(45, model.count(Map.of()));
        request[0] = new Object();
        model.load(20, 20, Map.of(), Map.of());
        assertEquals(5, asked.size());
    }
}
