package id.portaldesa.participation;

import id.portaldesa.village.ContentRevisions;
import id.portaldesa.village.KeptReadings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/** Participation's public readings, kept per village content revision ({@link KeptReadings}). */
@ApplicationScoped
public class KeptByRevision {

    static final int CAPACITY = 8000;

    @Inject
    ContentRevisions revisions;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final KeptReadings kept = new KeptReadings(CAPACITY);

    public <T> T read(long villageId, String what, Supplier<T> load) {
        return kept.read(villageId, what, revisions, transactions, load);
    }
}
