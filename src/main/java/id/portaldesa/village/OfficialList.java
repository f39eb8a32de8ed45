package id.portaldesa.village;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How far the official list is loaded. The first start loads it in the background ({@link
 * WilayahImport}), so that the deployment does not wait seconds for 91,599 rows: whoever reads a
 * region waits here for that region's row (rows come in code order, a region's parents before it),
 * whoever reads lists or searches waits for the whole list. After the first start both return at once.
 */
@ApplicationScoped
public class OfficialList {

    /** Far longer than a load takes (seconds); a wait that long means the database is stuck. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

    private static final long POLL_MILLIS = 20;

    private final CountDownLatch settled = new CountDownLatch(1);

    private volatile String loadedThrough = "";
    private volatile RuntimeException failure;

    /** Blocks until the row of {@code code} (and so its parents') is in the database. */
    public void awaitRegion(String code) {
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        while (settled.getCount() > 0 && (code == null || code.compareTo(loadedThrough) > 0)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "The official list is still loading: region " + code + " not there yet");
            }
            sleep();
        }
        throwIfFailedBefore(code);
    }

    /** Blocks until the whole list is in the database. */
    public void awaitWhole() {
        try {
            if (!settled.await(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The official list is still loading");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the official list was loading", e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Whether the whole list is in (tests). */
    boolean isWhole() {
        return settled.getCount() == 0 && failure == null;
    }

    /** The load has committed the rows up to {@code code}. */
    void loadedThrough(String code) {
        loadedThrough = code;
    }

    void whole() {
        settled.countDown();
    }

    void failed(Exception cause) {
        failure = new IllegalStateException(
                "The official list could not be loaded; the next start goes on with it", cause);
        settled.countDown();
    }

    private void throwIfFailedBefore(String code) {
        if (failure != null && (code == null || code.compareTo(loadedThrough) > 0)) {
            throw failure;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the official list was loading", e);
        }
    }
}
