package id.portaldesa.letters.issue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds how many letters are rendered and signed at once: as many as the machine has cores. Eight
 * officials signing at the same moment then queue for a core instead of sharing two cores eight
 * ways, which keeps each letter's time (p99) within budget (stack-notes: 8 parallel renders on 2 cores
 * took 512-736 ms at p99, one at a time 72-94 ms).
 */
@ApplicationScoped
public class SigningSlots {

    private final Semaphore slots =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    public <T> T run(Supplier<T> work) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to sign a letter", e);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
