package dev.memlayer.service.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.service.plan.TaskParser;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.ContentReader;
import dev.memlayer.service.read.IndexedView;
import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.read.SnapshotView;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which parts of a file a stack frame picks, on the symbols and text the real indexer stored. */
class SymbolTargetsTest {

    @RegisterExtension
    static final IndexedView indexed = new IndexedView(PolyglotRepo::create);

    static List<SymbolFact> symbols;
    static List<String> lines;
    static List<SymbolFact> jsSymbols;
    static List<String> jsLines;

    @BeforeAll
    static void read() throws Exception {
        SnapshotView view = indexed.view();
        ContentReader contents = indexed.contents();
        ManifestEntry py = view.file(PolyglotRepo.PY_INVOICES);
        symbols = view.symbolsOf(py).symbols();
        lines = contents.text(py.contentHash()).orElseThrow().lines().toList();
        ManifestEntry js = view.file(PolyglotRepo.JS_RESPONSE);
        jsSymbols = view.symbolsOf(js).symbols();
        jsLines = contents.text(js.contentHash()).orElseThrow().lines().toList();
    }

    /** The targets a one-frame trace picks in the invoices module, were it stored at {@code path}. */
    static List<String> targets(String path, String framePath, int line, String function) {
        String trace = "Traceback (most recent call last):\n  File \"" + framePath + "\", line " + line + ", in "
                + function + "\nTypeError: unsupported operand";
        return SymbolTargets.find(path, symbols, TaskParser.parse(trace), List.of(), lines, lines.size(),
                        TermRarity.UNIFORM)
                .stream().map(SymbolTargets.Target::label).toList();
    }

    static int lineOf(String text) {
        return lines.indexOf(text) + 1;
    }

    @Test
    void aFrameOfThisFile_picksTheFunctionAroundItsLine() {
        int line = lineOf("def discount_rule_30(total):") + 1;

        assertThat(targets(PolyglotRepo.PY_INVOICES, "/srv/app/py/billing/invoices.py", line, "discount_rule_30"))
                .first().asString().contains("discount_rule_30");
    }

    @Test
    void aFrameWhoseDirectoriesThisRepositoryLacks_neverPicksByLine_onlyByTheFunctionItNames() {
        // the module at the top level, the frame through a package's billing/invoices.py: only the name agrees
        int line = lineOf("def discount_rule_30(total):") + 1;

        assertThat(targets("invoices.py", "/srv/app/py/billing/invoices.py", line, "apply_vat"))
                .first().asString().contains("apply_vat");
        assertThat(targets("invoices.py", "/srv/app/py/billing/invoices.py", line, "handler"))
                .noneMatch(label -> label.contains("discount_rule_30"));
    }

    @Test
    void oneFunctionUnderTwoNames_isOneTarget() {
        List<String> labels = SymbolTargets.find(PolyglotRepo.JS_RESPONSE, jsSymbols,
                        TaskParser.parse("res.type should set the content type"), List.of(), jsLines,
                        jsLines.size(), TermRarity.UNIFORM)
                .stream().map(SymbolTargets.Target::label).toList();

        assertThat(jsSymbols).extracting(SymbolFact::name).contains("contentType", "type", "set");
        assertThat(labels).first().isEqualTo("type L3-6");
        assertThat(labels).anyMatch(l -> l.startsWith("set L")).noneMatch(l -> l.startsWith("contentType"));
    }

    @Test
    void focusSymbols_areTargets_whenTheTaskNamesNone() {
        TaskQuery task = TaskParser.parse("Remove the previously deprecated helpers");

        List<String> unfocused = SymbolTargets.find(PolyglotRepo.JS_RESPONSE, jsSymbols, task, List.of(), jsLines,
                jsLines.size(), TermRarity.UNIFORM).stream().map(SymbolTargets.Target::label).toList();
        List<String> focused = SymbolTargets.find(PolyglotRepo.JS_RESPONSE, jsSymbols, task, List.of("set"), jsLines,
                jsLines.size(), TermRarity.UNIFORM).stream().map(SymbolTargets.Target::label).toList();

        assertThat(unfocused).isEmpty();
        assertThat(focused).singleElement().asString().startsWith("set L");
    }
}
