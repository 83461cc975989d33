package dev.memlayer.service.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.context.PlanningSlots;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Takes every planning slot of the service on threads of its own and keeps them until
 * {@link #close()}, so a test can see what a request does while the service is busy.
 */
public final class HeldSlots implements AutoCloseable {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<CompletableFuture<Void>> holders = new ArrayList<>();

    private HeldSlots() {
    }

    /** Returns once every slot is taken. */
    public static HeldSlots all(PlanningSlots slots) throws InterruptedException {
        HeldSlots held = new HeldSlots();
        CountDownLatch entered = new CountDownLatch(slots.capacity());
        for (int i = 0; i < slots.capacity(); i++) {
            held.holders.add(CompletableFuture.runAsync(() -> slots.run(() -> {
                entered.countDown();
                try {
                    held.release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }), held.threads));
        }
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("every slot taken").isTrue();
        return held;
    }

    /** Threads for the test's own requests while the slots are held. */
    public ExecutorService threads() {
        return threads;
    }

    /** Gives the slots back and waits until the holders have left; the test's own requests run on. */
    @Override
    public void close() throws Exception {
        release.countDown();
        CompletableFuture.allOf(holders.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        threads.shutdown();
    }
}
