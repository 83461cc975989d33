package dev.memlayer.service.assemble;

import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.service.read.CallReader.Call;
import dev.memlayer.service.read.ManifestEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Which of a file's symbols to show because of the answer's first files (the anchors), when the task's words
 * pick none: the functions an anchor calls in it ({@code vat} in {@code TaxCalculator} when {@code
 * InvoiceService.total} calls {@code taxes.vat(…)}), and its own functions that call an anchor's. Such a file is
 * often there because the graph reached it from an anchor; without this it would show its outline. Calls are
 * names as written, so a name links two files only along an import or call edge between them, and only a name
 * specific enough: at least {@value #MIN_NAME} characters, defined in at most {@value #MAX_DEFINERS} files, none
 * that every type has ({@code toString}, {@code close}).
 */
final class CallFocus {

    static final int MAX_CALLED = 3;
    static final int MAX_CALLING = 2;
    static final int MIN_NAME = 4;
    /** Files defining a name, at most, for the name to link two files: {@code data} or {@code matches} link many. */
    static final int MAX_DEFINERS = 3;
    private static final Set<String> UNIVERSAL = Set.of("toString", "equals", "hashCode", "compareTo", "iterator",
            "close", "length", "size", "isEmpty", "append", "format", "print", "println", "printf", "write", "read",
            "apply", "call", "then", "push", "join", "split", "keys", "values", "items", "update", "init", "main",
            "__init__", "__str__", "__repr__", "String", "Object", "Error", "require", "assert", "super", "this");

    /** An anchor file, its symbols and its calls. */
    record Anchor(ManifestEntry file, List<SymbolFact> symbols, List<Call> calls) {
    }

    /**
     * An anchor as a file relates to it: whether the anchor imports or calls into the file ({@code intoFile}), and
     * whether the file imports or calls into the anchor ({@code fromFile}). A name links only along such an edge.
     */
    record Link(Anchor anchor, boolean intoFile, boolean fromFile) {
    }

    private CallFocus() {
    }

    /** The names to show in a file with these symbols and calls, most called first; empty when none link. */
    static List<String> of(List<Link> links, List<SymbolFact> symbols, List<Call> calls,
            ToIntFunction<String> definers) {
        if (links.isEmpty() || symbols.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> calledByAnchors = new HashMap<>();
        Set<String> definedByAnchors = new HashSet<>();
        for (Link link : links) {
            if (link.intoFile()) {
                for (Call c : link.anchor().calls()) {
                    if (specific(c.callee(), definers)) {
                        calledByAnchors.merge(c.callee(), c.count(), Integer::sum);
                    }
                }
            }
            if (link.fromFile()) {
                for (SymbolFact s : link.anchor().symbols()) {
                    if (isCode(s) && specific(s.name(), definers)) {
                        definedByAnchors.add(s.name());
                    }
                }
            }
        }
        Set<String> focus = new LinkedHashSet<>();
        List<SymbolFact> called = new ArrayList<>();
        for (SymbolFact s : symbols) {
            if (isCode(s) && calledByAnchors.containsKey(s.name())) {
                called.add(s);
            }
        }
        called.sort((a, b) -> Integer.compare(calledByAnchors.get(b.name()), calledByAnchors.get(a.name())));
        for (SymbolFact s : called) {
            if (focus.size() < MAX_CALLED) {
                focus.add(s.name());
            }
        }
        int calling = 0;
        for (Call c : calls) { // most frequent first
            if (calling < MAX_CALLING && definedByAnchors.contains(c.callee())) {
                SymbolFact around = SymbolTargets.innermost(symbols, c.firstLine(), CallFocus::isFunction);
                if (around != null && focus.add(around.name())) {
                    calling++;
                }
            }
        }
        return List.copyOf(focus);
    }

    private static boolean specific(String name, ToIntFunction<String> definers) {
        return name.length() >= MIN_NAME && !UNIVERSAL.contains(name) && definers.applyAsInt(name) <= MAX_DEFINERS;
    }

    private static boolean isCode(SymbolFact s) {
        return !SymbolFact.isDataKind(s.kind());
    }

    private static boolean isFunction(SymbolFact s) {
        return s.kind().equals("function") || s.kind().equals("method") || s.kind().equals("constructor");
    }
}
