package dev.memlayer.service.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memlayer.service.support.HeldSlots;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlanningSlotsTest {

    /** Its own threads: the common pool may have a single one here (2 cores), and these tasks block. */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void run_allSlotsTaken_waitsThenRefusesWith503Busy() throws Exception {
        PlanningSlots slots = new PlanningSlots(1, Duration.ofMillis(150));
        try (HeldSlots held = HeldSlots.all(slots)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> slots.run(() -> "never"))
                    .isInstanceOfSatisfying(RequestRejected.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.code()).isEqualTo("busy");
                        assertThat(e.detail()).contains("every planning slot (1)", "150 ms");
                        assertThat(e.retryAfterSeconds()).isEqualTo(1);
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        } // the holder gives its slot back and leaves (close fails otherwise)
        assertThat(slots.run(() -> "after")).isEqualTo("after");
    }

    @Test
    void run_waitingRequest_getsTheSlotOnceItIsFreed() throws Exception {
        PlanningSlots slots = new PlanningSlots(1, Duration.ofSeconds(10));
        CompletableFuture<String> waiting;
        try (HeldSlots held = HeldSlots.all(slots)) {
            waiting = CompletableFuture.supplyAsync(() -> slots.run(() -> "second"), threads);
            Thread.sleep(200);
            assertThat(waiting).isNotDone();
        } // the holder gives its slot back and leaves (close fails otherwise)
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("second");
    }

    @Test
    void run_workThrows_slotIsGivenBack() {
        PlanningSlots slots = new PlanningSlots(1, Duration.ofMillis(50));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> slots.run(() -> {
                throw RequestRejected.badRequest("bad", "refused inside the slot");
            })).isInstanceOf(RequestRejected.class).hasMessage("refused inside the slot");
        }
        assertThat(slots.run(() -> "free")).isEqualTo("free");
    }

    @Test
    void run_capacityTwo_twoRequestsPlanAtOnce_aThirdWaits() throws Exception {
        PlanningSlots slots = new PlanningSlots(2, Duration.ofSeconds(10));
        CountDownLatch bothInside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Runnable body = () -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            bothInside.countDown();
            await(release);
            inside.decrementAndGet();
        };
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> slots.run(() -> { body.run(); return null; }), threads);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> slots.run(() -> { body.run(); return null; }), threads);
        await(bothInside); // both got in without either leaving: two slots
        CompletableFuture<Void> third = CompletableFuture.runAsync(() -> slots.run(() -> { body.run(); return null; }), threads);
        Thread.sleep(200);
        assertThat(third).isNotDone();

        release.countDown();
        CompletableFuture.allOf(first, second, third).get(10, TimeUnit.SECONDS);
        assertThat(most.get()).isEqualTo(2);
        assertThat(slots.capacity()).isEqualTo(2);
    }

    @Test
    void constructor_noSlots_isRefused() {
        assertThatThrownBy(() -> new PlanningSlots(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("planning-slots");
    }
}
