package dev.memlayer.service.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.memlayer.model.api.Intent;
import dev.memlayer.service.plan.TaskParser;
import dev.memlayer.service.rank.FusionRanker;
import dev.memlayer.service.rank.RankedFile;
import dev.memlayer.service.read.DeprecatedSymbols;
import dev.memlayer.service.read.IndexedView;
import dev.memlayer.service.read.LexicalSearch;
import dev.memlayer.service.read.PastCommitSearch;
import dev.memlayer.service.read.ReaderPool;
import dev.memlayer.service.support.IndexResult;
import dev.memlayer.service.support.TestRepo;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The deprecation signal over a repository indexed by the real indexer: each language's own marker in a
 * symbol's doc (Javadoc and JSDoc {@code @deprecated}, Go's {@code Deprecated:} paragraph, Sphinx's
 * {@code .. deprecated::}) makes its file a hit for a task about deprecation; prose that merely says the word
 * does not, and a task that does not speak of deprecation gets nothing.
 */
class DeprecationSignalTest {

    @RegisterExtension
    static final IndexedView indexed = new IndexedView(DeprecationSignalTest::tools);

    /** Deprecated symbols marked in each language's own way, and prose that only says the word. */
    static IndexResult tools(Path dir, Path db) throws Exception {
        try (TestRepo repo = TestRepo.open(dir)) {
            repo.write("src/main/java/acme/Queue.java", """
                    package acme;

                    public class Queue {
                        /**
                         * The first item.
                         * @deprecated unused, and will be removed in 2.0
                         */
                        @Deprecated
                        public char peek() { return 0; }

                        /** @deprecated use {@link #push} */
                        @Deprecated
                        public void addFirst(String s) { }

                        /** Adds at the end. */
                        public void push(String s) { }
                    }
                    """);
            repo.write("src/main/java/acme/Cleaner.java", """
                    package acme;

                    public class Cleaner {
                        /** Replaces the deprecated whitelist cleaner; nothing here is deprecated itself. */
                        public void clean() { }
                    }
                    """);
            repo.write("src/main/java/acme/Stack.java", """
                    package acme;

                    public class Stack {
                        /** How deep the stack is. */
                        @Deprecated(since = "2.0")
                        public int depth() { return 0; }

                        @SuppressWarnings("deprecation")
                        public int size() { return depth(); }
                    }
                    """);
            repo.write("config/load.go", """
                    package config

                    // LoadFile reads a file.
                    //
                    // Deprecated: use Load with a reader.
                    func LoadFile(name string) error { return nil }

                    // Load reads the configuration.
                    func Load() error { return nil }
                    """);
            repo.write("tools/legacy.py", """
                    def old_render(page):
                        \"\"\"Render a page.

                        .. deprecated:: 2.1
                            Use ``render`` instead.
                        \"\"\"
                        return page


                    def render(page):
                        \"\"\"Render a page.\"\"\"
                        return page
                    """);
            repo.write("web/format.js", """
                    /**
                     * Formats a date.
                     * @deprecated since 3.0, use formatDate
                     */
                    function fmt(d) { return String(d); }

                    /** Formats a date the new way. */
                    function formatDate(d) { return String(d); }

                    module.exports = { fmt, formatDate };
                    """);
            return repo.commitAndIndex("Initial layout", db);
        }
    }

    private static List<SignalHit> score(String task) {
        List<SignalHit> hits = new java.util.ArrayList<>(
                new DeprecationSignal(new DeprecatedSymbols(indexed.pool()))
                        .score(TaskParser.parse(task), indexed.view()));
        hits.sort(Comparator.comparingDouble(SignalHit::score).reversed()
                .thenComparing(h -> h.file().path()));
        return hits;
    }

    @Test
    void taskAboutDeprecation_findsEachLanguagesMarkedSymbols_notProseThatSaysTheWord() {
        List<SignalHit> hits = score("Removed previously deprecated methods");

        Map<String, String> evidence = hits.stream()
                .collect(Collectors.toMap(h -> h.file().path(), SignalHit::evidence));
        assertThat(evidence).containsOnlyKeys("src/main/java/acme/Queue.java", "src/main/java/acme/Stack.java",
                "config/load.go", "tools/legacy.py", "web/format.js");
        assertThat(evidence.get("src/main/java/acme/Queue.java"))
                .isEqualTo("defines 2 deprecated symbols: peek, addFirst");
        assertThat(evidence.get("src/main/java/acme/Stack.java")).as("the annotation alone, without a Javadoc tag")
                .isEqualTo("defines 1 deprecated symbol: depth");
        assertThat(evidence.get("config/load.go")).isEqualTo("defines 1 deprecated symbol: LoadFile");
        assertThat(evidence.get("tools/legacy.py")).isEqualTo("defines 1 deprecated symbol: old_render");
        assertThat(evidence.get("web/format.js")).isEqualTo("defines 1 deprecated symbol: fmt");
    }

    @Test
    void deprecatedSymbols_areTheRankedFilesFocus_forItsSnippets_withoutScoring() {
        ReaderPool pool = indexed.pool();
        FusionRanker ranker = FusionRanker.standard(new LexicalSearch(pool), new PastCommitSearch(pool),
                new DeprecatedSymbols(pool));

        List<RankedFile> ranked = ranker.rank(TaskParser.parse("Removed previously deprecated methods"),
                indexed.view(), Intent.REFACTOR, List.of()).ranked();

        Map<String, List<String>> focus = ranked.stream()
                .collect(Collectors.toMap(rf -> rf.file().path(), RankedFile::focus));
        assertThat(focus).containsEntry("src/main/java/acme/Queue.java", List.of("peek", "addFirst"))
                .containsEntry("config/load.go", List.of("LoadFile"))
                .containsEntry("src/main/java/acme/Cleaner.java", List.of());
        // a focus only: the reason says why the snippets show those symbols, and adds nothing to the score
        RankedFile queue = ranked.stream().filter(rf -> rf.file().path().endsWith("Queue.java")).findFirst()
                .orElseThrow();
        assertThat(queue.reasons()).filteredOn(r -> r.signal().equals(DeprecationSignal.NAME)).singleElement()
                .satisfies(r -> assertThat(r.weight()).isZero())
                .satisfies(r -> assertThat(r.evidence()).isEqualTo("defines 2 deprecated symbols: peek, addFirst"));
    }

    @Test
    void moreDeprecatedSymbols_scoreHigher_andNeverAboveOne() {
        List<SignalHit> hits = score("deprecate the old loaders");

        assertThat(hits.get(0).file().path()).isEqualTo("src/main/java/acme/Queue.java");
        assertThat(hits.get(0).score()).isCloseTo(0.75, within(1e-9));
        assertThat(hits.subList(1, hits.size())).allSatisfy(h -> assertThat(h.score()).isCloseTo(0.5, within(1e-9)));
    }

    @Test
    void taskNotAboutDeprecation_getsNoHits() {
        assertThat(score("Remove the old peek method from the queue")).isEmpty();
    }
}
