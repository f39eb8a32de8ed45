package id.portaldesa.village.cache;

import id.portaldesa.shared.events.VillageContentChanged;
import id.portaldesa.shared.i18n.Language;
import id.portaldesa.shared.web.CacheableViews;
import id.portaldesa.village.VillageRef;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rendered pages kept for anonymous visitors, and which pages may be kept: each feature declares
 * its own {@link CacheableViews}. A page's key holds the village's content revision, so a change is
 * visible at once without anybody removing anything; entries of a changed village are still dropped
 * after commit, only to free their memory early.
 */
@ApplicationScoped
public class AnonymousPages {

    static final int CAPACITY = 4096;
    static final Duration MAX_AGE = Duration.ofSeconds(60);

    /**
     * A village page is keyed by the village's identity snapshot and content revision; a platform
     * page (no village) by the directory's revision and the count of content changes this node has
     * heard of, as it shows many villages.
     */
    record Key(VillageRef village, String pathPrefix, Language language, String view, long revision, long changes) {

        boolean isAbout(long villageId) {
            return village == null || village.id() == villageId;
        }
    }

    @Inject
    @Any
    Instance<CacheableViews> declarations;

    private final PageCache<Key> cache = new PageCache<>(CAPACITY, MAX_AGE, Clock.systemUTC());
    private Set<String> views = Set.of();

    public AnonymousPages() {}

    /** Pages kept for exactly these views (tests; the deployment collects the declarations). */
    AnonymousPages(Set<String> views) {
        this.views = Set.copyOf(views);
    }

    @PostConstruct
    void collectViews() {
        Set<String> all = new HashSet<>();
        declarations.forEach(d -> all.addAll(d.viewIds()));
        views = Set.copyOf(all);
    }

    boolean isCacheable(String view) {
        return views.contains(view);
    }

    /** The views that may be kept, as the features declared them. */
    public Set<String> views() {
        return views;
    }

    Optional<CachedPage> get(Key key) {
        return cache.get(key);
    }

    void put(Key key, CachedPage page) {
        cache.put(key, page);
    }

    /** How many pages of this village are kept (any address, language or revision). */
    public int storedFor(long villageId) {
        return cache.count(k -> k.village() != null && k.village().id() == villageId);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VillageContentChanged event) {
        cache.removeIf(k -> k.isAbout(event.villageId()));
    }
}
