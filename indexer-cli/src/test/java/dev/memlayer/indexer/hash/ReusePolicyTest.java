package dev.memlayer.indexer.hash;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReusePolicyTest {

    private static final long STARTED = 1_000_000;

    @Test
    void canReuse_sameSizeAndMtimeWellBeforePreviousRun() {
        assertThat(new ReusePolicy(false, STARTED).canReuse(10, STARTED - 5_000, 10, STARTED - 5_000)).isTrue();
    }

    @Test
    void canReuse_differentSizeOrMtime_isFalse() {
        ReusePolicy p = new ReusePolicy(false, STARTED);
        assertThat(p.canReuse(11, 1, 10, 1)).isFalse();
        assertThat(p.canReuse(10, 2, 10, 1)).isFalse();
    }

    @Test
    void canReuse_racyMtimeWithinTwoSecondsOfPreviousRun_isFalse() {
        ReusePolicy p = new ReusePolicy(false, STARTED);
        assertThat(p.canReuse(10, STARTED - 1_999, 10, STARTED - 1_999)).isFalse();
        assertThat(p.canReuse(10, STARTED + 10, 10, STARTED + 10)).isFalse();
    }

    @Test
    void canReuse_full_isAlwaysFalse() {
        assertThat(new ReusePolicy(true, STARTED).canReuse(10, 1, 10, 1)).isFalse();
    }
}
