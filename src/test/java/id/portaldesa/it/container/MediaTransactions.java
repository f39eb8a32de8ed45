package id.portaldesa.it.container;

import id.portaldesa.media.MediaRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A feature's transaction around a media upload, for tests: one that commits, one that fails later. */
@ApplicationScoped
public class MediaTransactions {

    /** Stores within a transaction of the caller's, then fails in a later step of it: all rolls back. */
    @Transactional
    public void storeThenFail(Supplier<MediaRef> store, Consumer<MediaRef> seen) {
        seen.accept(store.get());
        throw new IllegalStateException("a later step of the feature failed");
    }
}
