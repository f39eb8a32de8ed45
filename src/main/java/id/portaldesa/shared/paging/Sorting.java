package id.portaldesa.shared.paging;

import java.util.Map;

/**
 * The sort keys a list offers and the JPQL path behind each, so a key sent by a table is looked up,
 * never pasted into a query.
 */
public record Sorting(Map<String, String> paths, String defaultOrder) {

    public Sorting {
        paths = Map.copyOf(paths);
    }

    /** The {@code order by} clause for the request: a declared key, else the default. */
    public String orderBy(PageRequest request) {
        return request.sort()
                .map(paths::get)
                .map(path -> " order by " + path + (request.ascending() ? " asc" : " desc") + ", " + defaultOrder)
                .orElse(" order by " + defaultOrder);
    }
}
