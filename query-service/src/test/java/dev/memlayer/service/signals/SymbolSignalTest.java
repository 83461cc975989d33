package dev.memlayer.service.signals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.plan.TaskParser;
import dev.memlayer.service.read.IndexedView;
import dev.memlayer.service.support.IndexerProcess;
import dev.memlayer.service.support.TestRepo;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The symbol signal's focus on the scripted shop, indexed by the real indexer: a name the task spells otherwise
 * (a near spelling, other predicate words) is the file's focus, so its snippets show the symbol the task meant;
 * a name the task writes needs none, the task's words already find it.
 */
class SymbolSignalTest {

    @RegisterExtension
    static final IndexedView indexed = new IndexedView((dir, db) -> {
        try (TestRepo repo = TestRepo.createShop(dir)) {
            return new IndexerProcess().index(repo.root(), db);
        }
    });

    private static SignalHit hitFor(String task, String path) {
        return new SymbolSignal().score(TaskParser.parse(task), indexed.view()).stream()
                .filter(h -> h.file().path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no symbol hit for " + path));
    }

    @Test
    void misspeltName_makesTheDefinitionItMeantTheFocus() {
        SignalHit hit = hitFor("Fix wrong result of compute_discont_rate for very large quantities", TestRepo.PRICING);

        assertThat(hit.evidence()).contains("close to compute_discont_rate");
        assertThat(hit.focus()).containsExactly("compute_discount_rate");
    }

    @Test
    void nameWithOtherPredicateWords_makesTheCheckTheFocus() {
        SignalHit hit = hitFor("Add has_express_delivery to orders so checkout can refuse slow carriers",
                TestRepo.EXPRESS_CHECK);

        assertThat(hit.evidence()).contains("the words of has_express_delivery in the task");
        assertThat(hit.focus()).singleElement().asString().endsWith("_express_delivery");
    }

    @Test
    void nameTheTaskWrites_needsNoFocus() {
        SignalHit hit = hitFor("Fix wrong result of compute_discount_rate for very large quantities",
                TestRepo.PRICING);

        assertThat(hit.evidence()).contains("defines compute_discount_rate");
        assertThat(hit.focus()).isEmpty();
    }
}
