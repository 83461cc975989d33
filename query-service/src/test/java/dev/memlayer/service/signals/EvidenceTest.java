package dev.memlayer.service.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void twoDecimals_printsLikePercentTwoF() {
        for (double x : new double[] {0, 0.5, 0.005, 0.994, 0.995, 1, 2.345, 10.1, -0.25, -0.001, 123.456}) {
            assertThat(Evidence.twoDecimals(x)).as("%s", x)
                    .isEqualTo(String.format(Locale.ROOT, "%.2f", x).replace("-0.00", "0.00"));
        }
    }
}
