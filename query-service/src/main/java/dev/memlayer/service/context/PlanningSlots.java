package dev.memlayer.service.context;

import dev.memlayer.service.config.ServiceConfig;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most a few requests plan and assemble at once (one per core unless configured); the others
 * wait their turn, first come first served, and get a 503 {@code busy} after
 * {@code memlayer.planning-wait}.
 *
 * <p>Why: planning is pure CPU over in-memory views. With 32 clients on 2 cores, 32 worker threads
 * planning side by side spent up to twice the CPU per request of a single client (context switches,
 * caches evicted by each other, contended monitors spinning), and every request's latency stretched
 * to the slowest. Queued, a request costs less CPU and the tail is shorter
 * ({@code bench/results/2026-11-29/planning-slots.md}).
 */
@Singleton
@Startup // a bad memlayer.planning-slots stops the service at boot, not at its first request
public class PlanningSlots {

    /** What a busy answer tells the client to wait: at hundreds of answers a second, the queue has moved on by then. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final Semaphore slots;
    private final int capacity;
    private final long waitNanos;

    @Inject
    public PlanningSlots(ServiceConfig config) {
        this(config.planningSlots().orElse(Runtime.getRuntime().availableProcessors()), config.planningWait());
    }

    public PlanningSlots(int capacity, Duration wait) {
        if (capacity < 1) {
            throw new IllegalArgumentException("memlayer.planning-slots must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.slots = new Semaphore(capacity, true);
        this.waitNanos = wait.toNanos();
    }

    /** How many requests may plan at once. */
    public int capacity() {
        return capacity;
    }

    /** Runs {@code work} once a slot is free; a 503 {@code busy} when none frees up in time. */
    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("the request was interrupted while waiting for its turn");
        }
        if (!acquired) {
            throw busy("every planning slot (" + capacity + ") stayed taken for "
                    + Duration.ofNanos(waitNanos).toMillis() + " ms; retry shortly");
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    private static RequestRejected busy(String detail) {
        return new RequestRejected(503, "busy", detail, RETRY_AFTER_SECONDS);
    }
}
