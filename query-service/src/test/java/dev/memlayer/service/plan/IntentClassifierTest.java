package dev.memlayer.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.api.Intent;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntentClassifierTest {

    @Test
    void classify_cuesInText_pickTheirIntent() {
        assertThat(IntentClassifier.fromText("NPE crash in invoice totals")).isEqualTo(Intent.BUGFIX);
        assertThat(IntentClassifier.fromText("raise coverage of the tax calculator tests")).isEqualTo(Intent.TEST);
        assertThat(IntentClassifier.fromText("rename PaymentGateway and extract retries")).isEqualTo(Intent.REFACTOR);
        assertThat(IntentClassifier.fromText("checkout latency spikes in prod, timeouts"))
                .isEqualTo(Intent.INCIDENT);
        assertThat(IntentClassifier.fromText("implement support for refunds")).isEqualTo(Intent.FEATURE);
        assertThat(IntentClassifier.fromText("how are invoices issued?")).isEqualTo(Intent.EXPLORE);
    }

    @Test
    void classify_wordBoundaries_noMatchInsideWords() {
        // "prefix" contains "fix", "latest" contains "test": neither is a cue
        assertThat(IntentClassifier.fromText("prefix latest invoices")).isEqualTo(Intent.FEATURE);
    }

    @Test
    void classify_assertionWords_areNotTestCues() {
        // an assertion is product vocabulary as often as test vocabulary: only "test" words make a test task
        assertThat(IntentClassifier.fromText("add allMatch assertion to Iterable")).isEqualTo(Intent.FEATURE);
        assertThat(IntentClassifier.fromText("add an assertion to the tests of Iterable")).isEqualTo(Intent.TEST);
    }

    @Test
    void classify_explicitIntent_wins() {
        assertThat(IntentClassifier.classify("fix the crash", Optional.of(Intent.EXPLORE))).isEqualTo(Intent.EXPLORE);
    }
}
