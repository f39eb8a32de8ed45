package id.portaldesa.village.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A bounded store of rendered pages, least recently used first out. An entry is also dropped when it
 * is older than its maximum age, so content that is not part of the key is never stale for longer.
 */
public final class PageCache<K> {

    private final int capacity;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<K, Entry> entries;

    private record Entry(CachedPage page, Instant stored) {}

    public PageCache(int capacity, Duration maxAge, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.maxAge = maxAge;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry> eldest) {
                return size() > PageCache.this.capacity;
            }
        };
    }

    public synchronized Optional<CachedPage> get(K key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.stored().plus(maxAge).isBefore(clock.instant())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.page());
    }

    public synchronized void put(K key, CachedPage page) {
        entries.put(key, new Entry(page, clock.instant()));
    }

    public synchronized void clear() {
        entries.clear();
    }

    public synchronized int size() {
        return entries.size();
    }
}
