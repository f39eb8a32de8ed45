package id.portaldesa.shared.seams;

import java.util.List;

/**
 * Something a visitor can find with the village's search: the profile, articles, products,
 * destinations, public aspirations. Found through CDI by {@link Search}; implement as an
 * {@code @ApplicationScoped} bean that searches only the current village's public records.
 */
public interface SearchSource {

    /**
     * At most {@code limit} hits for a text, best first.
     *
     * @param text already trimmed, at least {@link Search#MIN_LENGTH} characters
     */
    List<SearchHit> search(String text, int limit);
}
