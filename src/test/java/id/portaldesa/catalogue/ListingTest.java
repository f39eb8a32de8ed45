package id.portaldesa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListingTest {

    static final List<Integer> TWENTY_FIVE =
            IntStream.rangeClosed(1, 25).boxed().toList();

    @Test
    void pagesCountFromOne() {
        Listing<Integer> second = Listing.of(TWENTY_FIVE, 2, 12);
        assertEquals(IntStream.rangeClosed(13, 24).boxed().toList(), second.items());
        assertEquals(3, second.pages());
        assertEquals(25, second.total());
        assertTrue(second.hasPrevious() && second.hasNext());
        assertEquals(List.of(25), Listing.of(TWENTY_FIVE, 3, 12).items());
    }

    @Test
    void aPageOutsideTheListShowsTheNearestEnd() {
        assertEquals(3, Listing.of(TWENTY_FIVE, 99, 12).page());
        assertEquals(1, Listing.of(TWENTY_FIVE, -4, 12).page());
        Listing<Integer> empty = Listing.of(List.of(), 5, 12);
        assertEquals(1, empty.page());
        assertEquals(1, empty.pages());
        assertFalse(empty.hasNext() || empty.hasPrevious());
    }

    @Test
    void thePageNumberInAnAddressIsReadCarefully() {
        assertEquals(1, Listing.pageNumber(null));
        assertEquals(1, Listing.pageNumber("abc"));
        assertEquals(1, Listing.pageNumber("0"));
        assertEquals(4, Listing.pageNumber("4"));
        assertEquals(1, Listing.pageNumber("99999999999"));
    }
}
