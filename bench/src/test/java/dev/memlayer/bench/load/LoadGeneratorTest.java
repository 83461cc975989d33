package dev.memlayer.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    @Test
    void timings_foundPastNestedFieldsOfAnyShape_orEmptyWhenMissing() throws Exception {
        String answer = """
                {"project":{"id":"p","name":"demo"},"files":[{"path":"a.py","reasons":[{"signal":"lexical",
                "evidence":"timings_ms \\"quoted\\""}],"symbols":[]}],"context":"{\\"timings_ms\\": 9}",
                "omitted":[],"timings_ms":{"plan":1.25,"assemble":0.5,"total":2.0},"after":[1,2]}""";
        var timings = LoadGenerator.timings(answer.getBytes(StandardCharsets.UTF_8));
        assertThat(timings.path("plan").asDouble()).isEqualTo(1.25);
        assertThat(timings.path("total").asDouble()).isEqualTo(2.0);

        var none = LoadGenerator.timings("{\"files\":[]}".getBytes(StandardCharsets.UTF_8));
        assertThat(none.path("plan").asDouble()).isZero();
    }
}
