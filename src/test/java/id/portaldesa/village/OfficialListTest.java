package id.portaldesa.village;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class OfficialListTest {

    private final OfficialList list = new OfficialList();

    @Test
    void aReaderOfARegionWaitsUntilItsRowIsCommittedNotForTheWholeList() throws Exception {
        var kungkai = CompletableFuture.runAsync(() -> list.awaitRegion("15.02.02.2004"));
        var whole = CompletableFuture.runAsync(list::awaitWhole);

        list.loadedThrough("15.02.02.2003");
        assertThrows(TimeoutException.class, () -> kungkai.get(200, TimeUnit.MILLISECONDS));

        list.loadedThrough("15.02.03.2001");
        kungkai.get(2, TimeUnit.SECONDS);
        assertFalse(whole.isDone(), "the whole list is not there yet");
        assertFalse(list.isWhole());

        list.whole();
        whole.get(2, TimeUnit.SECONDS);
        assertTrue(list.isWhole());
        list.awaitRegion("96.71.10.1004");
    }

    @Test
    void aFailedLoadAnswersReadersOfWhatIsMissingWithAnErrorAndServesWhatIsThere() {
        list.loadedThrough("15.02.02.2004");
        list.failed(new SQLException("disk full"));

        list.awaitRegion("15.02.02.2004");
        assertThrows(IllegalStateException.class, () -> list.awaitRegion("15.02.02.2005"));
        assertThrows(IllegalStateException.class, list::awaitWhole);
        assertFalse(list.isWhole());
    }

    /** The import goes on after the highest code in the database: that holds only for a sorted list. */
    @Test
    void theShippedListIsInCodeOrderEachRegionAfterItsParent() throws Exception {
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(WilayahImport.class.getResourceAsStream(WilayahImport.RESOURCE)),
                StandardCharsets.UTF_8))) {
            List<String> codes = in.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.substring(0, line.indexOf(',')))
                    .toList();
            assertEquals(91_599, codes.size());
            assertEquals(Optional.of(codes.get(codes.size() - 1)), WilayahImport.lastCodeOfTheList());
            for (int i = 1; i < codes.size(); i++) {
                assertTrue(codes.get(i - 1).compareTo(codes.get(i)) < 0, "out of order at " + codes.get(i));
            }
        }
    }
}
