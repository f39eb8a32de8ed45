package id.portaldesa.it.container;

import id.portaldesa.platform.metrics.FactsChanged;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * While armed, empties a committed transaction's {@link FactsChanged} before {@code MonthKeeper} sees
 * it: as if the recomputation after commit were lost (the node stopped between the two commits).
 * Observers of the same phase are notified in priority order; this one comes first.
 */
@ApplicationScoped
public class SkippedMonthRecomputations {

    private final AtomicBoolean armed = new AtomicBoolean();

    public void arm(boolean on) {
        armed.set(on);
    }

    void lose(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.PLATFORM_BEFORE)
                    FactsChanged changed) {
        if (!armed.get()) {
            return;
        }
        try {
            Field months = FactsChanged.class.getDeclaredField("months");
            months.setAccessible(true);
            synchronized (changed) {
                ((Map<?, ?>) months.get(changed)).clear();
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
