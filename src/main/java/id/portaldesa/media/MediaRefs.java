package id.portaldesa.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Media rows seen lately, by id, so that serving a picture and rendering a page that shows one read no
 * database. A stored upload's files never change (a new file is a new media); an entry is right until its
 * media is deleted or its visibility changes, which remove it. Bounded: the least recently used go first.
 */
@ApplicationScoped
public class MediaRefs {

    static final int CAPACITY = 20_000;

    private final Map<Long, MediaRef> recent = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, MediaRef> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized Optional<MediaRef> get(long id) {
        return Optional.ofNullable(recent.get(id));
    }

    synchronized void put(MediaRef ref) {
        recent.put(ref.id(), ref);
    }

    synchronized void evict(long id) {
        recent.remove(id);
    }
}
