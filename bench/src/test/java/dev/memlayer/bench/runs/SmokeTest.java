package dev.memlayer.bench.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.bench.process.Memlayer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/**
 * The harness against the packaged applications (the reactor packages indexer-cli and query-service
 * before this module's tests). A few seconds of load on an 80-file repository: it proves that the
 * pieces fit, not how fast they are.
 */
class SmokeTest {

    @Test
    void smoke_tinyRepository_indexesIncrementallyAndAnswersUnderLoadWithoutErrors() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        Smoke.Result result = Smoke.run(Memlayer.fromSystem(), new PrintStream(log, true));

        assertThat(result.index().files()).isEqualTo(result.generated().files());
        assertThat(result.index().wallMs()).isGreaterThan(result.index().indexerMs());
        assertThat(result.index().incrementalMs()).containsKeys("0", "1");
        assertThat(result.index().rssMb()).isGreaterThan(10);
        assertThat(result.index().dbMb()).isGreaterThan(0);
        assertThat(result.query().errors()).as(String.join("; ", result.query().errorSamples())).isZero();
        assertThat(result.query().requests()).isPositive();
        assertThat(result.query().p50Ms()).isPositive().isLessThanOrEqualTo(result.query().p99Ms());
        assertThat(result.query().planP50Ms()).isPositive();
        assertThat(result.query().rssMb()).isGreaterThan(10);
        assertThat(result.query().dbDescriptors()).isPositive();
        assertThat(log.toString()).contains("full index of", "service up");
    }
}
