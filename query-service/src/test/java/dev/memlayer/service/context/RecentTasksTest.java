package dev.memlayer.service.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tasks a project's next snapshot is warmed with: the last few distinct ones, newest first, per project. */
class RecentTasksTest {

    @Test
    void keepsTheLastDistinctTasks_newestFirst_perProject() {
        RecentTasks recent = new RecentTasks(3);
        recent.add("billing", "fix invoice rounding");
        recent.add("billing", "add refunds");
        recent.add("shop", "cart total is wrong");
        recent.add("billing", "fix invoice rounding"); // asked again: moves to the front, not kept twice
        recent.add("billing", "rename PaymentGateway");
        recent.add("billing", "explain the ledger");

        assertThat(recent.of("billing"))
                .containsExactly("explain the ledger", "rename PaymentGateway", "fix invoice rounding");
        assertThat(recent.of("shop")).containsExactly("cart total is wrong");
        assertThat(recent.of("nobody")).isEmpty();
    }
}
