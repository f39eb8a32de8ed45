package id.portaldesa.village.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A bounded store of rendered pages. Reading takes no lock, because every anonymous page view reads
 * it and a lock there makes hundreds of request threads queue behind one that the scheduler paused.
 * When full, the least recently read tenth goes. An entry is also dropped when it is older than its
 * maximum age, so content that is not part of the key is never stale for longer.
 */
public final class PageCache<K> {

    private final int capacity;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<K, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong reads = new AtomicLong();

    private static final class Entry {
        final CachedPage page;
        final Instant stored;
        volatile long lastRead;

        Entry(CachedPage page, Instant stored, long lastRead) {
            this.page = page;
            this.stored = stored;
            this.lastRead = lastRead;
        }
    }

    private record Candidate<K>(K key, Entry entry, long lastRead) {}

    public PageCache(int capacity, Duration maxAge, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public Optional<CachedPage> get(K key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.stored.plus(maxAge).isBefore(clock.instant())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        entry.lastRead = reads.incrementAndGet();
        return Optional.of(entry.page);
    }

    public void put(K key, CachedPage page) {
        entries.put(key, new Entry(page, clock.instant(), reads.incrementAndGet()));
        if (entries.size() > capacity) {
            evictLeastRecentlyRead();
        }
    }

    private synchronized void evictLeastRecentlyRead() {
        int excess = entries.size() - capacity;
        if (excess <= 0) {
            return;
        }
        // Read times are copied first: they change while the sort runs, which a sort must not see.
        entries.entrySet().stream()
                .map(e -> new Candidate<>(e.getKey(), e.getValue(), e.getValue().lastRead))
                .sorted(Comparator.comparingLong(Candidate::lastRead))
                .limit(excess + capacity / 10)
                .toList()
                .forEach(c -> entries.remove(c.key(), c.entry()));
    }

    /** Drops every entry whose key matches. */
    public void removeIf(Predicate<K> matching) {
        entries.keySet().removeIf(matching);
    }

    public int count(Predicate<K> matching) {
        return (int) entries.keySet().stream().filter(matching).count();
    }

    public void clear() {
        entries.clear();
    }

    public int size() {
        return entries.size();
    }
}
