package id.portaldesa.media;

import id.portaldesa.shared.BusinessException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many pictures a node decodes at once. Decoding a phone photo takes tens of megabytes and a core
 * for a fraction of a second: ten at once would exhaust a small heap, so a few run and the others wait
 * briefly, then are told to try again ({@code media.busy}) instead of queueing without end.
 */
final class DecodingSlots {

    /** Work that holds a slot. */
    interface Work<T> {
        T run() throws IOException;
    }

    private final Semaphore slots;
    private final Duration wait;

    DecodingSlots(int slots, Duration wait) {
        if (slots < 1) {
            throw new IllegalArgumentException("At least one decoding slot: " + slots);
        }
        this.slots = new Semaphore(slots, true);
        this.wait = wait;
    }

    <T> T run(Work<T> work) throws IOException {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new BusinessException("media.busy");
        }
        try {
            return work.run();
        } finally {
            slots.release();
        }
    }
}
