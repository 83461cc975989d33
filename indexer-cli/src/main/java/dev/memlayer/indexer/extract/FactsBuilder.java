package dev.memlayer.indexer.extract;

import dev.memlayer.model.facts.CallFact;
import dev.memlayer.model.facts.DependencyFact;
import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.model.facts.TypeRelationFact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the facts of one extraction and builds the immutable {@link FileFacts}. Aggregates
 * call sites per callee and caps the text kept for the lexical index, so one huge generated file
 * cannot blow up the database. Not thread-safe: one builder per {@code extract} call.
 */
public final class FactsBuilder {

    /** Longest comment or string literal kept (characters); longer ones are cut. */
    static final int MAX_TEXT_CHARS = 2_000;
    /** Total comment plus string characters kept per file. */
    static final int MAX_TOTAL_TEXT_CHARS = 200_000;

    private final List<SymbolFact> symbols = new ArrayList<>();
    private final List<ImportFact> imports = new ArrayList<>();
    private final Map<String, int[]> calls = new LinkedHashMap<>();
    private final List<TypeRelationFact> typeRelations = new ArrayList<>();
    private final List<DependencyFact> dependencies = new ArrayList<>();
    private final List<String> comments = new ArrayList<>();
    private final List<String> strings = new ArrayList<>();
    private int textChars;
    private int parseErrors;

    public FactsBuilder symbol(SymbolFact s) {
        symbols.add(s);
        return this;
    }

    public FactsBuilder importFact(String raw, String kind, int line) {
        imports.add(new ImportFact(raw, kind, line));
        return this;
    }

    /** One call site; sites of the same callee are counted together. */
    public FactsBuilder call(String callee, int line) {
        if (callee == null || callee.isBlank()) {
            return this;
        }
        int[] countAndLine = calls.computeIfAbsent(callee, k -> new int[] {0, line});
        countAndLine[0]++;
        countAndLine[1] = Math.min(countAndLine[1], line);
        return this;
    }

    public FactsBuilder typeRelation(String subject, String relation, String target, int line) {
        typeRelations.add(new TypeRelationFact(subject, relation, target, line));
        return this;
    }

    public FactsBuilder dependency(String ecosystem, String name, String version, String scope) {
        dependencies.add(new DependencyFact(ecosystem, name, version, scope));
        return this;
    }

    public FactsBuilder comment(String text) {
        keep(comments, text);
        return this;
    }

    public FactsBuilder string(String text) {
        keep(strings, text);
        return this;
    }

    public FactsBuilder parseErrors(int count) {
        parseErrors += count;
        return this;
    }

    public FileFacts build() {
        List<CallFact> callFacts = new ArrayList<>(calls.size());
        calls.forEach((callee, cl) -> callFacts.add(new CallFact(callee, cl[0], cl[1])));
        return new FileFacts(symbols, imports, callFacts, typeRelations, dependencies, comments, strings, parseErrors);
    }

    private void keep(List<String> into, String text) {
        if (text == null || text.isBlank() || textChars >= MAX_TOTAL_TEXT_CHARS) {
            return;
        }
        String kept = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
        textChars += kept.length();
        into.add(kept);
    }
}
