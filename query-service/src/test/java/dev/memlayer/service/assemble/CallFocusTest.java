package dev.memlayer.service.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.api.Reason;
import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.service.plan.TaskParser;
import dev.memlayer.service.rank.RankedFile;
import dev.memlayer.service.read.CallReader;
import dev.memlayer.service.read.CallReader.Call;
import dev.memlayer.service.read.IndexedView;
import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.read.Neighbours;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.support.IndexResult;
import dev.memlayer.service.support.TestRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a later file of an answer shows because of its first files: the functions they call in it, or its own that
 * call theirs, along an import or call edge only, and only by specific names. The rule alone, then over a
 * repository indexed by the real indexer and assembled.
 */
class CallFocusTest {

    static final String CHECKOUT = "src/main/java/shop/checkout/Checkout.java";
    static final String PRICING = "src/main/java/shop/pricing/Pricing.java";
    static final ManifestEntry ANCHOR = ManifestEntry.of(CHECKOUT, "0", 1, "java", 9);

    @RegisterExtension
    static final IndexedView indexed = new IndexedView(CallFocusTest::shop);

    private static SymbolFact function(String name, int start, int end) {
        return new SymbolFact("method", name, "Pricing", name + "()", start, end, true, null);
    }

    @Test
    void calledByAnAnchorAlongAnEdge_isShown_mostCalledFirst() {
        CallFocus.Anchor anchor = new CallFocus.Anchor(ANCHOR, List.of(function("total", 3, 9)),
                List.of(new Call("discountFor", 1, 5), new Call("roundCents", 3, 6), new Call("toString", 9, 7)));
        List<SymbolFact> pricing = List.of(function("discountFor", 10, 20), function("roundCents", 22, 30),
                function("toString", 32, 34), function("unrelated", 36, 40));

        assertThat(CallFocus.of(List.of(new CallFocus.Link(anchor, true, false)), pricing, List.of(), n -> 1))
                .containsExactly("roundCents", "discountFor"); // toString links nothing
        // no edge from the anchor into the file: its calls say nothing about this file
        assertThat(CallFocus.of(List.of(new CallFocus.Link(anchor, false, true)), pricing, List.of(), n -> 1))
                .isEmpty();
        // a name many files define links none of them
        assertThat(CallFocus.of(List.of(new CallFocus.Link(anchor, true, false)), pricing, List.of(),
                n -> n.equals("roundCents") ? 9 : 1)).containsExactly("discountFor");
    }

    @Test
    void aFunctionCallingAnAnchors_isShown_theInnermostAroundTheCall() {
        CallFocus.Anchor anchor = new CallFocus.Anchor(ANCHOR, List.of(function("checkoutTotal", 3, 9)), List.of());
        List<SymbolFact> report = List.of(new SymbolFact("class", "Report", null, "class Report", 1, 50, true, null),
                function("render", 10, 30), function("renderTotals", 12, 20), function("footer", 32, 40));

        assertThat(CallFocus.of(List.of(new CallFocus.Link(anchor, false, true)), report,
                List.of(new Call("checkoutTotal", 1, 15)), n -> 1)).containsExactly("renderTotals");
    }

    /** A checkout that calls one of the forty functions of a pricing class it imports. */
    static IndexResult shop(Path dir, Path db) throws Exception {
        try (TestRepo repo = TestRepo.open(dir)) {
            repo.write(CHECKOUT, """
                    package shop.checkout;

                    import shop.pricing.Pricing;

                    public class Checkout {
                        public long total(long cents, String code) {
                            return cents - Pricing.discountFor(code, cents);
                        }
                    }
                    """);
            StringBuilder pricing = new StringBuilder("""
                    package shop.pricing;

                    public final class Pricing {
                        public static long discountFor(String code, long cents) {
                            if (code == null) {
                                return 0;
                            }
                            return cents / 10;
                        }
                    """);
            for (int i = 1; i <= 40; i++) {
                pricing.append("\n    /** Tier ").append(i).append(" rate. */\n    public static long tierRate")
                        .append(i).append("(long cents, boolean member, String region) {\n        return cents * ")
                        .append(i).append(" / 100;\n    }\n");
            }
            repo.write(PRICING, pricing.append("}\n").toString());
            return repo.commitAndIndex("Checkout and pricing", db);
        }
    }

    @Test
    void assembled_aFileTheFirstCalls_showsTheCalledFunction_notItsOutline() throws Exception {
        SnapshotView view = indexed.view();
        BudgetAssembler assembler = new BudgetAssembler(indexed.contents(), new CallReader(indexed.pool()),
                new TokenEstimator());
        List<RankedFile> ranked = List.of(
                new RankedFile(view.file(CHECKOUT), 2, List.of(new Reason("mention", 2, "named"))),
                new RankedFile(view.file(PRICING), 1, List.of(new Reason("graph", 1, "imported by Checkout"))));

        Assembly linked = assembler.assemble(view, ranked,
                TaskParser.parse("Checkout total is wrong for members"), 4000, Neighbours.of(view));
        Assembly alone = assembler.assemble(view, ranked,
                TaskParser.parse("Checkout total is wrong for members"), 4000, Neighbours.NONE);

        AssembledFile pricing = linked.files().get(1);
        assertThat(pricing.representation()).isEqualTo(Representation.SNIPPETS);
        assertThat(pricing.symbols()).extracting(SymbolFact::name).contains("discountFor");
        assertThat(linked.context()).contains("public static long discountFor(String code, long cents) {")
                .doesNotContain("tierRate7");
        // without the graph's word the file shows its outline, which costs more
        assertThat(alone.files().get(1).representation()).isEqualTo(Representation.OUTLINE);
        assertThat(pricing.tokens()).isLessThan(alone.files().get(1).tokens());
    }
}
