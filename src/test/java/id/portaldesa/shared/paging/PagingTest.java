package id.portaldesa.shared.paging;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PagingTest {

    private final Sorting sorting = new Sorting(Map.of("name", "e.name", "since", "e.createdAt"), "e.id");

    @Test
    void sizes_are_capped_so_no_request_reads_the_whole_table() {
        assertEquals(PageRequest.MAX_SIZE, new PageRequest(0, 1_000_000, null, true, null).size());
        assertEquals(1, new PageRequest(-5, 0, null, true, null).size());
        assertEquals(0, new PageRequest(-5, 0, null, true, null).first());
    }

    @Test
    void only_declared_sort_keys_reach_the_query() {
        PageRequest byName = PageRequest.first(20).sortedBy("name", false);
        assertEquals(" order by e.name desc, e.id", sorting.orderBy(byName));
        PageRequest forged = PageRequest.first(20).sortedBy("e.id; drop table account", true);
        assertEquals(" order by e.id", sorting.orderBy(forged));
    }

    @Test
    void search_text_is_a_literal_in_like_patterns() {
        PageRequest request = PageRequest.first(10).searching("  50%_a\\b ");
        assertEquals(Optional.of("%50\\%\\_a\\\\b%"), request.searchPattern());
        assertEquals(Optional.empty(), PageRequest.first(10).searching("   ").searchPattern());
    }

    @Test
    void a_slice_knows_whether_more_rows_follow() {
        PageRequest first = PageRequest.first(2);
        assertTrue(new Slice<>(List.of("a", "b"), 3, first).hasNext());
        assertFalse(new Slice<>(List.of("c"), 3, first.next()).hasNext());
        assertEquals(
                List.of(1),
                new Slice<>(List.of("a"), 1, first).map(String::length).items());
    }
}
