package id.portaldesa.shared.seams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** Searches the current village through every {@link SearchSource}. */
@ApplicationScoped
public class Search {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 100;
    /** Hits taken from each source, so that one busy kind cannot crowd out the others. */
    public static final int PER_SOURCE = 10;

    @Inject
    @Any
    Instance<SearchSource> sources;

    public List<SearchHit> search(String text) {
        return collect(sources, text, PER_SOURCE);
    }

    /**
     * The hits of every source for a text, each source's in its own order, sources in a stable order
     * (by class name). No hits for a text shorter than {@link #MIN_LENGTH}; a longer one than {@link
     * #MAX_LENGTH} is cut.
     */
    public static List<SearchHit> collect(Iterable<? extends SearchSource> sources, String text, int perSource) {
        String query = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (query.length() < MIN_LENGTH) {
            return List.of();
        }
        String cut = query.length() > MAX_LENGTH ? query.substring(0, MAX_LENGTH) : query;
        List<SearchSource> sorted = new ArrayList<>(
                StreamSupport.stream(sources.spliterator(), false).toList());
        sorted.sort(Comparator.comparing(SeamOrder::nameOf));
        List<SearchHit> hits = new ArrayList<>();
        for (SearchSource source : sorted) {
            source.search(cut, perSource).stream().limit(perSource).forEach(hits::add);
        }
        return List.copyOf(hits);
    }
}
