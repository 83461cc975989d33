package dev.memlayer.service.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.memlayer.model.api.Omitted;
import dev.memlayer.model.api.Reason;
import dev.memlayer.service.plan.TaskParser;
import dev.memlayer.service.rank.RankedFile;
import dev.memlayer.service.read.CallReader;
import dev.memlayer.service.read.IndexedView;
import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.read.Neighbours;
import dev.memlayer.service.read.SnapshotView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The budget property, seeded and randomized (reproducible: the failing seed is in the message):
 * for random budgets, random tasks (words, identifiers, paths, stack frames) and random rankings
 * over a real indexed repository, the rendered context never exceeds the budget, {@code used} is
 * exactly its token count, and {@code files} + {@code omitted} partition the ranked list, each in
 * rank order.
 */
class BudgetPropertyTest {

    static final int CASES = 300;
    static final long SEED = 0x5eed_2024L;

    private static final String[] WORDS = {"invoice", "total", "compute_total", "apply_vat", "Cart.subtotal",
        "couponValue7", "discount_rule_12", "PaymentGateway", "retry", "tax", "shipping", "zebra", "the", "fix",
        "\"no such file\"", "py/billing/invoices.py", "web/src/cart.ts", "README.md", "InvoiceBook.issue",
        "File \"/srv/py/billing/invoices.py\", line 21, in compute_total", "at add (web/src/cart.ts:11:5)",
        "```", "<|endoftext|>", "日本語", "  \n\n  "};

    @RegisterExtension
    static final IndexedView indexed = new IndexedView(PolyglotRepo::create);

    static SnapshotView view;
    static BudgetAssembler assembler;
    static final TokenEstimator tokens = new TokenEstimator();
    /** jtokkit itself, counting the whole text at once: the estimator's line sums must agree with it. */
    static final Encoding CL100K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    @BeforeAll
    static void assembler() {
        view = indexed.view();
        assembler = new BudgetAssembler(indexed.contents(), new CallReader(indexed.pool()), tokens);
    }

    @Test
    void anyBudgetAnyTaskAnyRanking_renderedTokensWithinBudget_filesAndOmittedPartitionTheRanking() throws Exception {
        Random random = new Random(SEED);
        for (int c = 0; c < CASES; c++) {
            long seed = random.nextLong();
            Random r = new Random(seed);
            int budget = r.nextInt(4) == 0 ? 64 + r.nextInt(200) : 64 + r.nextInt(8000);
            String task = task(r);
            List<RankedFile> ranked = ranking(r);

            Assembly a = assembler.assemble(view, ranked, TaskParser.parse(task), budget, Neighbours.of(view));

            String why = "seed " + seed + ", budget " + budget + ", task " + task;
            int counted = CL100K.countTokensOrdinary(a.context());
            assertThat(counted).as(why).isLessThanOrEqualTo(budget).isEqualTo(a.used());
            int pieces = a.files().stream().mapToInt(AssembledFile::tokens).sum();
            assertThat(a.used()).as("pieces add up: " + why).isLessThanOrEqualTo(budget);
            assertThat(pieces).as(why).isLessThanOrEqualTo(counted);

            List<String> order = ranked.stream().map(rf -> rf.file().path()).toList();
            List<String> seen = new ArrayList<>();
            a.files().forEach(f -> seen.add(f.ranked().file().path()));
            assertThat(seen).as("files in rank order: " + why).isSortedAccordingTo(
                    java.util.Comparator.comparingInt(order::indexOf));
            List<String> left = a.omitted().stream().map(Omitted::path).toList();
            assertThat(left).as("omitted in rank order: " + why).isSortedAccordingTo(
                    java.util.Comparator.comparingInt(order::indexOf));
            seen.addAll(left);
            assertThat(seen).as("partition: " + why).containsExactlyInAnyOrderElementsOf(order);
        }
    }

    @Test
    void piecesAreAdditive_sumOfSectionCountsEqualsWholeTextCount() throws Exception {
        Random r = new Random(SEED + 1);
        for (int c = 0; c < 100; c++) {
            Assembly a = assembler.assemble(view, ranking(r), TaskParser.parse(task(r)), 200_000,
                    Neighbours.of(view));
            int header = tokens.count(a.context().substring(0, a.context().indexOf('\n', a.context().indexOf('\n') + 1) + 1));
            int sum = header + tokens.count(dev.memlayer.service.render.MarkdownRenderer.END_MARKER)
                    + (a.files().isEmpty() ? 0 : tokens.count(dev.memlayer.service.render.MarkdownRenderer.contentsTitle()))
                    + a.files().stream().mapToInt(AssembledFile::tokens).sum();
            assertThat(sum).isEqualTo(tokens.count(a.context())).isEqualTo(a.used());
        }
    }

    private static String task(Random r) {
        StringBuilder t = new StringBuilder();
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            t.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(5) == 0 ? "\n" : " ");
        }
        return t.toString();
    }

    private static List<RankedFile> ranking(Random r) {
        List<ManifestEntry> files = new ArrayList<>(view.files());
        Collections.shuffle(files, r);
        int n = r.nextInt(files.size() + 1);
        List<RankedFile> out = new ArrayList<>();
        double score = 1 + r.nextDouble() * 20;
        for (ManifestEntry f : files.subList(0, n)) {
            out.add(new RankedFile(f, score, List.of(new Reason("lexical", score, "random " + f.fileName()))));
            score -= r.nextDouble();
        }
        return out;
    }
}
