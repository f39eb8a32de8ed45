package id.portaldesa.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InboxPagingTest {

    /** A waiting request: since when (minutes) and its id. */
    record Waiting(int since, long id) {}

    static final Comparator<Waiting> OLDEST =
            Comparator.comparingInt(Waiting::since).thenComparingLong(Waiting::id);

    @Test
    void pagesAcrossStatesAreTheSameAsOneSortOfEveryWaitingRequest() {
        // Two states whose requests interleave in time, with ties broken by id.
        List<Waiting> submitted = IntStream.range(0, 45)
                .mapToObj(i -> new Waiting(i * 2, 1000 + i))
                .toList();
        List<Waiting> unconfirmed = IntStream.range(0, 30)
                .mapToObj(i -> new Waiting(i * 3, 2000 + i))
                .toList();
        List<Waiting> all = new ArrayList<>(submitted);
        all.addAll(unconfirmed);
        all.sort(OLDEST);
        int size = 20;
        for (int first = 0; first < all.size() + size; first += size) {
            int needed = first + size;
            List<List<Waiting>> asRead = List.of(
                    submitted.stream().limit(needed).toList(),
                    unconfirmed.stream().limit(needed).toList());
            assertEquals(
                    all.subList(Math.min(first, all.size()), Math.min(needed, all.size())),
                    LetterRequestRepository.pageOf(asRead, OLDEST, first, size),
                    "page from " + first);
        }
    }
}
