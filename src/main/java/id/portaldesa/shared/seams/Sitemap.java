package id.portaldesa.shared.seams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** The current village's sitemap: the entries of every {@link SitemapSource}, each page once. */
@ApplicationScoped
public class Sitemap {

    /** The sitemap protocol's limit for one file. */
    public static final int MAX_ENTRIES = 50_000;

    @Inject
    @Any
    Instance<SitemapSource> sources;

    public List<SitemapEntry> entries() {
        return collect(sources);
    }

    /** Sources in a stable order (by class name), duplicates dropped, capped at {@link #MAX_ENTRIES}. */
    public static List<SitemapEntry> collect(Iterable<? extends SitemapSource> sources) {
        List<SitemapSource> sorted = new ArrayList<>(
                StreamSupport.stream(sources.spliterator(), false).toList());
        sorted.sort(Comparator.comparing(SeamOrder::nameOf));
        Map<String, SitemapEntry> unique = new LinkedHashMap<>();
        for (SitemapSource source : sorted) {
            for (SitemapEntry entry : source.entries()) {
                if (unique.size() >= MAX_ENTRIES) {
                    return List.copyOf(unique.values());
                }
                unique.putIfAbsent(entry.viewId() + entry.parameters(), entry);
            }
        }
        return List.copyOf(unique.values());
    }
}
