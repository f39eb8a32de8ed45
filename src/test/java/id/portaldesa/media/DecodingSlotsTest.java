package id.portaldesa.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.BusinessException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DecodingSlotsTest {

    @Test
    void whenEverySlotIsTakenTheNextWaitsBrieflyThenIsToldToTryAgain() throws Exception {
        DecodingSlots slots = new DecodingSlots(2, Duration.ofMillis(300));
        CountDownLatch holding = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) {
                pool.submit(() -> slots.run(() -> {
                    holding.countDown();
                    await(release);
                    return null;
                }));
            }
            assertTrue(holding.await(5, TimeUnit.SECONDS));
            long started = System.nanoTime();
            BusinessException busy = assertThrows(BusinessException.class, () -> slots.run(() -> "third"));
            long waited = (System.nanoTime() - started) / 1_000_000;
            assertEquals("media.busy", busy.getMessageKey());
            assertTrue(waited >= 250 && waited < 3000, waited + " ms");
            release.countDown();
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
        }
        assertEquals("free again", slots.run(() -> "free again"), "slots are given back");
    }

    @Test
    void aSlotIsGivenBackWhenTheWorkFails() throws Exception {
        DecodingSlots slots = new DecodingSlots(1, Duration.ofMillis(100));
        assertThrows(
                IllegalStateException.class,
                () -> slots.run(() -> {
                    throw new IllegalStateException("broken picture");
                }));
        assertEquals(1, slots.run(() -> 1));
    }

    @Test
    void aSecondUploadWaitsForTheFirstWhenThereIsTime() throws Exception {
        DecodingSlots slots = new DecodingSlots(1, Duration.ofSeconds(5));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch started = new CountDownLatch(1);
            Future<String> first = pool.submit(() -> slots.run(() -> {
                started.countDown();
                await(new CountDownLatch(1), 200);
                return "first";
            }));
            assertTrue(started.await(5, TimeUnit.SECONDS));
            assertEquals("second", slots.run(() -> "second"));
            assertEquals("first", first.get());
        } finally {
            pool.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        await(latch, 10_000);
    }

    private static void await(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
