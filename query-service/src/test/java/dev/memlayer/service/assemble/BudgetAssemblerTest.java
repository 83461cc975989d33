package dev.memlayer.service.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.api.Reason;
import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.service.plan.TaskParser;
import dev.memlayer.service.rank.RankedFile;
import dev.memlayer.service.read.CallReader;
import dev.memlayer.service.read.IndexedView;
import dev.memlayer.service.read.Neighbours;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.support.TestRepo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Assembly over a real database written by the real indexer from Python and TypeScript sources. */
class BudgetAssemblerTest {

    @RegisterExtension
    static final IndexedView indexed = new IndexedView(PolyglotRepo::create);

    static SnapshotView view;
    static BudgetAssembler assembler;
    static TokenEstimator tokens = new TokenEstimator();

    @BeforeAll
    static void assembler() {
        view = indexed.view();
        assembler = new BudgetAssembler(indexed.contents(), new CallReader(indexed.pool()), tokens);
    }

    static List<RankedFile> ranked(String... paths) {
        List<RankedFile> out = new ArrayList<>();
        double score = 10;
        for (String p : paths) {
            out.add(new RankedFile(view.file(p), score, List.of(new Reason("mention", score, "test"))));
            score -= 1;
        }
        return out;
    }

    static Assembly assemble(String task, int budget, String... paths) throws Exception {
        return assembler.assemble(view, ranked(paths), TaskParser.parse(task), budget, Neighbours.of(view));
    }

    /** The 1-based line of the invoices module that reads exactly {@code text}. */
    static int invoicesLine(String text) throws Exception {
        String py = indexed.contents().text(view.file(PolyglotRepo.PY_INVOICES).contentHash()).orElseThrow();
        return py.lines().toList().indexOf(text) + 1;
    }

    /** A traceback whose last frame is {@code apply_vat} at this line of the invoices module. */
    static String applyVatTraceback(int line) {
        return "Traceback (most recent call last):\n  File \"/srv/app/py/billing/invoices.py\", line " + line
                + ", in apply_vat\nTypeError: unsupported operand";
    }

    @Test
    void python_matchedFunction_isCutAsNumberedSnippet_notTheWholeFile() throws Exception {
        Assembly a = assemble("compute_total returns the wrong amount", 4000, PolyglotRepo.PY_INVOICES);

        AssembledFile f = a.files().get(0);
        assertThat(f.representation()).isEqualTo(Representation.SNIPPETS);
        assertThat(f.section()).contains("(snippets: compute_total L", "| def compute_total(lines):",
                "|     return net + apply_vat(net)").doesNotContain("discount_rule_30");
        assertThat(f.symbols()).extracting(SymbolFact::name).contains("compute_total");
        assertThat(tokens.count(a.context())).isEqualTo(a.used());
    }

    @Test
    void snippetNarrowedForATightBudget_startsAtTheDeclaration_notAtTheContextBeforeIt() throws Exception {
        int narrowed = 0;
        for (int budget = 60; budget <= 400; budget += 4) {
            Assembly a = assemble("compute_total returns the wrong amount", budget, PolyglotRepo.PY_INVOICES);
            if (a.files().isEmpty() || a.files().get(0).representation() != Representation.SNIPPETS) {
                continue;
            }
            List<String> numbered = a.files().get(0).section().lines().filter(l -> l.matches("\\s*\\d+\\| .*")).toList();
            if (numbered.size() <= 3) {
                narrowed++;
                assertThat(numbered.get(0)).as("budget " + budget).endsWith("| def compute_total(lines):");
            }
        }
        assertThat(narrowed).as("budgets that narrow the snippet to three lines or fewer").isPositive();
    }

    @Test
    void pythonTraceback_frameLine_selectsTheFunctionAroundIt() throws Exception {
        int line = invoicesLine("    return (net * VAT_RATE).quantize(Decimal(\"0.01\"))");

        Assembly a = assemble(applyVatTraceback(line), 4000, PolyglotRepo.PY_INVOICES);

        assertThat(a.files().get(0).section()).contains("def apply_vat(net):", line + "|     return (net * VAT_RATE)");
        assertThat(a.files().get(0).symbols()).extracting(SymbolFact::name).first().isEqualTo("apply_vat");
    }

    @Test
    void pythonTraceback_fromAnotherVersionOfTheFile_showsTheFunctionTheFrameNames_notWhatIsAtItsLineNow()
            throws Exception {
        // in the deployed version apply_vat sat lower; here that line is inside a discount rule
        int line = invoicesLine("def discount_rule_30(total):") + 1;

        Assembly a = assemble(applyVatTraceback(line), 4000, PolyglotRepo.PY_INVOICES);

        assertThat(a.files().get(0).section()).contains("def apply_vat(net):").doesNotContain("discount_rule_30");
        assertThat(a.files().get(0).symbols()).extracting(SymbolFact::name).first().isEqualTo("apply_vat");
    }

    @Test
    void typescript_mentionedMethod_isCut() throws Exception {
        Assembly a = assemble("Cart.subtotal ignores coupons", 4000, PolyglotRepo.TS_CART);

        AssembledFile f = a.files().get(0);
        assertThat(f.representation()).isEqualTo(Representation.SNIPPETS);
        assertThat(f.section()).contains("subtotal(): number {").doesNotContain("couponValue29");
    }

    @Test
    void noMatchedSymbol_tightBudget_givesAnOutlineOfSignaturesWithLines() throws Exception {
        Assembly a = assemble("zebra", 700, PolyglotRepo.PY_INVOICES);

        AssembledFile f = a.files().get(0);
        assertThat(f.representation()).isEqualTo(Representation.OUTLINE);
        assertThat(f.section()).contains("(outline, ").containsPattern("\\n  L\\d+-\\d+ def issue\\(self, customer, lines\\)")
                .containsPattern("\\nL\\d+-\\d+ def compute_total\\(lines\\)");
        assertThat(a.used()).isLessThanOrEqualTo(700);
    }

    @Test
    void fieldNamedOnlyByAPlainWord_yieldsToAMethodTheTaskNames() throws Exception {
        Assembly a = assemble("pay: the service charges twice", 4000, PolyglotRepo.JAVA_CHECKOUT);

        AssembledFile f = a.files().get(0);
        assertThat(f.representation()).isEqualTo(Representation.SNIPPETS);
        assertThat(f.symbols()).extracting(SymbolFact::name).first().isEqualTo("pay");
    }

    @Test
    void longClassNamedByTheTask_showsItsHeadAndWhereTheOtherTaskWordsAre_notItsFirstLines() throws Exception {
        Assembly a = assemble("Checkout adds the weekend surcharge twice", 4000, PolyglotRepo.JAVA_CHECKOUT);

        AssembledFile f = a.files().get(0);
        assertThat(f.representation()).isEqualTo(Representation.SNIPPETS);
        assertThat(f.section()).contains("(snippets: Checkout L", "| public class Checkout {",
                "|         // the weekend surcharge is added here", "|     public long step47(long cents) {")
                .doesNotContain("Pricing step 3.");
    }

    @Test
    void aPlainWordNamingTheClass_showsTheClass_notItsConstructor() throws Exception {
        Assembly a = assemble("the checkout adds the weekend surcharge twice", 4000, PolyglotRepo.JAVA_CHECKOUT);

        AssembledFile f = a.files().get(0);
        assertThat(f.representation()).isEqualTo(Representation.SNIPPETS);
        assertThat(f.symbols()).extracting(SymbolFact::kind).containsExactly("class");
        assertThat(f.section()).contains("|         // the weekend surcharge is added here");
    }

    @Test
    void wordsInsideAMethod_thatTheTaskNamesNoSymbolOf_showThatMethod_notTheOutline() throws Exception {
        Assembly a = assemble("the weekend surcharge is applied twice", 4000, PolyglotRepo.JAVA_CHECKOUT);

        AssembledFile f = a.files().get(0);
        assertThat(f.representation()).isEqualTo(Representation.SNIPPETS);
        assertThat(f.section()).contains("(snippets: step47 L", "|     public long step47(long cents) {",
                "|         // the weekend surcharge is added here").doesNotContain("step12(");
        assertThat(f.symbols()).extracting(SymbolFact::name).containsExactly("step47");
    }

    @Test
    void outlineTooLongForTheBudget_keepsTheMembersTheTaskNames_beforeFallingBackToTheTopLevel() throws Exception {
        int named = 0;
        for (int budget = 120; budget <= 600; budget += 20) {
            Assembly a = assemble("refund goes to the wrong card", budget, PolyglotRepo.JAVA_CHECKOUT);
            if (a.files().isEmpty() || a.files().get(0).representation() != Representation.OUTLINE
                    || a.files().get(0).section().contains("step7(")) {
                continue;
            }
            String section = a.files().get(0).section();
            if (section.contains("refundOrder")) {
                named++;
                assertThat(section).as("budget " + budget).contains("public class Checkout", "refundShipping(Order order)",
                        "more symbols").doesNotContain("step1(");
            }
        }
        assertThat(named).as("budgets whose outline shows the named members but not all of them").isPositive();
    }

    @Test
    void degrades_beforeDropping_andOmittedIsInRankOrder() throws Exception {
        Assembly a = assemble("compute_total and Cart.subtotal", 120, PolyglotRepo.PY_INVOICES, PolyglotRepo.TS_CART,
                "README.md", "CHANGELOG.md");

        assertThat(a.used()).isLessThanOrEqualTo(120).isEqualTo(tokens.count(a.context()));
        List<String> all = new ArrayList<>();
        a.files().forEach(f -> all.add(f.ranked().file().path()));
        a.omitted().forEach(o -> all.add(o.path()));
        assertThat(all).containsExactlyInAnyOrder(PolyglotRepo.PY_INVOICES, PolyglotRepo.TS_CART, "README.md",
                "CHANGELOG.md");
        assertThat(a.omitted()).extracting(o -> o.score()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void smallFile_goesWhole() throws Exception {
        Assembly a = assemble("architecture overview", 4000, "docs/architecture.md");

        assertThat(a.files().get(0).representation()).isEqualTo(Representation.WHOLE);
    }

    @Test
    void contentsLines_ofTheFirstThreeFiles_nameTheirTests() throws Exception {
        Assembly linked = assemble("InvoiceService total rounding", 4000, TestRepo.INVOICE_SERVICE,
                PolyglotRepo.PY_INVOICES);
        assertThat(linked.context()).contains("1. `" + TestRepo.INVOICE_SERVICE + "` ")
                .contains("tests: `src/test/java/com/acme/billing/InvoiceServiceTest.java`");
        assertThat(linked.context().lines().filter(l -> l.startsWith("2. ")).findFirst().orElseThrow())
                .doesNotContain("tests:"); // the invoices module has no test in this repository

        // every file with a test: only the first three lines say so (an agent changes those), and the budget holds
        Assembly all = assembler.assemble(view, ranked(TestRepo.INVOICE_SERVICE, TestRepo.PAYMENT_GATEWAY,
                        PolyglotRepo.PY_INVOICES, PolyglotRepo.TS_CART, PolyglotRepo.JS_RESPONSE),
                TaskParser.parse("invoice payment cart response"), 4000,
                f -> List.of("t/" + f.path().substring(f.path().lastIndexOf('/') + 1) + ".test"));
        assertThat(all.files()).hasSize(5);
        assertThat(all.context().lines().filter(l -> l.matches("\\d+\\. `.*") && l.contains(" · tests: `t/")))
                .hasSize(BudgetAssembler.TEST_HINTS);
        assertThat(all.files().get(4).tests()).as("the JSON lists every file's tests")
                .containsExactly("t/" + PolyglotRepo.JS_RESPONSE.substring(PolyglotRepo.JS_RESPONSE.lastIndexOf('/') + 1)
                        + ".test");
        assertThat(tokens.count(all.context())).isEqualTo(all.used()).isLessThanOrEqualTo(4000);
    }
}
