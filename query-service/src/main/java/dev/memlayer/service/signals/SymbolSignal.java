package dev.memlayer.service.signals;

import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.model.text.IdentifierSplitter;
import dev.memlayer.service.plan.Mention;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.FileSymbol;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.read.SymbolIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Files defining a symbol the task names. An exact whole-name match (case-insensitive) counts
 * {@code idf = ln(1 + N / definers)}, times {@value #COMPOUND} for a compound name
 * ({@code parseHeader}: far rarer by chance than a plain word); a compound name whose parts all
 * occur in the task ({@code "parse the header"} → {@code parseHeader}) counts {@value #BY_PARTS}
 * of that; a long compound identifier of the task that nothing defines matches the compound names
 * one edit away (two from {@value #MIN_CHARS_FOR_TWO_EDITS} characters), as the exact name it
 * misspells ({@code ShouldHaveClause} → {@code ShouldHaveCause}); a compound identifier of the task
 * also matches the names with the same words but other predicate words ({@code isPackagePrivate} →
 * {@code shouldBePackagePrivate}, {@code assertIsPackagePrivate}; {@link SymbolIndex#coreWords}), as
 * their exact names. A variable, field, property or
 * constant that is not exported counts {@value #LOCAL} (a local {@code app} says little). Per file
 * the best {@value #TOP_PER_FILE} names are summed; the scale is absolute: one compound name that a
 * single file defines is 1.0.
 */
public final class SymbolSignal implements Signal {

    public static final String NAME = "symbol";
    static final double COMPOUND = 2.0;
    static final double BY_PARTS = 0.5;
    static final double LOCAL = 0.4;
    static final int TOP_PER_FILE = 3;
    static final int MIN_NAME_CHARS = 3;
    /**
     * A long compound name one edit from a defined one is almost always that name misspelt (a name the
     * task introduces rarely sits that close to an existing one), so it counts as the exact match.
     */
    static final double MISSPELT = 1.0;
    /**
     * A name that differs from the task's only in its predicate words is about the same thing: the
     * check ({@code isPackagePrivate}), its implementation ({@code assertIsPackagePrivate}) and its
     * failure message ({@code shouldBePackagePrivate}) change together.
     */
    static final double SAME_WORDS = 1.0;
    /** Shorter compound names are not matched by spelling: too many neighbours one edit away. */
    static final int MIN_MISSPELT_CHARS = 8;
    /**
     * Unknown compound identifiers looked up by spelling per request, in order of appearance: each costs a
     * scan of the names of its length (about a millisecond in a large repository) the first time a view sees
     * it, and a task rarely misspells more than a few, while a hostile one may write dozens.
     */
    static final int MAX_MISSPELT_LOOKUPS = 8;
    /** From this length a name may be two edits away. */
    static final int MIN_CHARS_FOR_TWO_EDITS = 12;

    @Override
    public String name() {
        return NAME;
    }

    /** Scores are already on the absolute scale: divided by the best one name can score. */
    @Override
    public double scale(List<SignalHit> hits) {
        return 1.0;
    }

    @Override
    public List<SignalHit> score(TaskQuery query, SnapshotView view) {
        SymbolIndex index = view.symbolIndex();
        SymbolDefinitions known = definitions(view);
        int n = Math.max(1, view.files().size());
        Set<String> names = names(query);
        Set<String> termSet = new HashSet<>(query.terms());
        double best = COMPOUND * Math.log(1.0 + n);
        Map<Integer, List<Match>> perFile = new HashMap<>();
        for (String name : names) {
            if (name.length() < MIN_NAME_CHARS) {
                continue;
            }
            if (index.definers(name).length > 0) {
                addAll(perFile, known.get("=" + name, k -> exact(view, name, n, best)));
            }
            for (SymbolIndex.Compound c : index.compoundsStartingWith(name)) {
                if (names.contains(c.name()) || !termSet.containsAll(c.parts())) {
                    continue;
                }
                addAll(perFile, known.get("+" + c.name(), k -> byParts(view, c, n, best)));
            }
        }
        int spellings = 0;
        for (String written : writtenCompounds(query)) {
            String lower = written.toLowerCase(Locale.ROOT);
            if (written.length() >= MIN_MISSPELT_CHARS && index.definers(lower).length == 0
                    && spellings++ < MAX_MISSPELT_LOOKUPS) {
                addAll(perFile, known.get("~" + lower, k -> misspelt(view, written, n, best)));
            }
            String key = SymbolIndex.coreWords(IdentifierSplitter.parts(written));
            for (String name : key == null ? List.<String>of() : index.compoundsWithCoreWords(key)) {
                if (!names.contains(name)) { // a name the task writes is scored as its exact match
                    addAll(perFile, known.get("#" + name + " " + written,
                            k -> sameWords(view, name, written, n, best)));
                }
            }
        }
        // every file's sum first; the evidence only of the files the ranker will keep (StrongestHits):
        // a plain word can be a name in a thousand files, and spelling each out was most of this signal
        int[] files = new int[perFile.size()];
        double[] sums = new double[files.length];
        int k = 0;
        for (Map.Entry<Integer, List<Match>> e : perFile.entrySet()) {
            List<Match> matches = e.getValue();
            matches.sort((a, b) -> Double.compare(b.score(), a.score()));
            double sum = 0;
            for (int i = 0; i < Math.min(TOP_PER_FILE, matches.size()); i++) {
                sum += matches.get(i).score();
            }
            files[k] = e.getKey();
            sums[k++] = Math.min(1.0, sum);
        }
        int[] kept = StrongestHits.positions(sums);
        List<SignalHit> hits = new ArrayList<>(kept.length);
        for (int p : kept) {
            List<Match> top = perFile.get(files[p]);
            top = top.subList(0, Math.min(TOP_PER_FILE, top.size()));
            String why = String.join("; ", top.stream().map(Match::why).toList());
            List<String> focus = top.stream().map(Match::focus).filter(Objects::nonNull).distinct().toList();
            hits.add(new SignalHit(view.files().get(files[p]), sums[p], () -> why, focus));
        }
        return hits;
    }

    private static SymbolDefinitions definitions(SnapshotView view) {
        try {
            return view.derived(SymbolDefinitions.class, v -> new SymbolDefinitions());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e); // the deriver reads nothing
        }
    }

    /** Files defining {@code name} exactly: idf over its definers, times {@value #COMPOUND} for a compound name. */
    private static SymbolDefinitions.Contributions exact(SnapshotView view, String name, int n, double best) {
        int[] definers = view.symbolIndex().definers(name);
        String count = " (exact, " + definers.length + (definers.length == 1 ? " file)" : " files)");
        return contributions(view, definers, name, strength(view, name, definers.length, n, best), false,
                sym -> "defines " + display(sym, name) + count);
    }

    /** Files defining a compound name whose parts all occur in the task: {@value #BY_PARTS} of an exact match. */
    private static SymbolDefinitions.Contributions byParts(SnapshotView view, SymbolIndex.Compound c, int n,
            double best) {
        double s = BY_PARTS * COMPOUND * Math.log(1.0 + (double) n / c.files().length) / best;
        return contributions(view, c.files(), c.name(), s, false,
                sym -> "defines " + display(sym, c.name()) + " (its parts " + String.join("+", c.parts())
                        + " are in the task)");
    }

    /**
     * Files defining a compound name one or two edits away from a compound identifier of the task
     * that nothing defines ({@code ShouldHaveClause} → {@code ShouldHaveCause}), scored as the exact match.
     */
    private static SymbolDefinitions.Contributions misspelt(SnapshotView view, String written, int n, double best) {
        List<String> near = new ArrayList<>(view.symbolIndex().compoundsNear(written.toLowerCase(Locale.ROOT),
                written.length() >= MIN_CHARS_FOR_TWO_EDITS ? 2 : 1));
        near.sort(null);
        List<SymbolDefinitions.Contributions> each = new ArrayList<>(near.size());
        for (String name : near) {
            int[] definers = view.symbolIndex().definers(name);
            each.add(contributions(view, definers, name, MISSPELT * strength(view, name, definers.length, n, best),
                    true, sym -> "defines " + display(sym, name) + " (close to " + written + " in the task)"));
        }
        return SymbolDefinitions.Contributions.concat(each);
    }

    /**
     * Files defining {@code name}, a compound name with the words of {@code written} but other predicate
     * words ({@code isPackagePrivate} → {@code shouldBePackagePrivate}), scored as its exact match.
     */
    private static SymbolDefinitions.Contributions sameWords(SnapshotView view, String name, String written, int n,
            double best) {
        int[] definers = view.symbolIndex().definers(name);
        return contributions(view, definers, name, SAME_WORDS * strength(view, name, definers.length, n, best),
                true, sym -> "defines " + display(sym, name) + " (the words of " + written + " in the task)");
    }

    /** The compound identifiers the task writes out (CamelCase, snake_case, {@code Class.method} parts), as written. */
    static Set<String> writtenCompounds(TaskQuery query) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : query.mentions()) {
            for (String id : writtenIdentifiers(m)) {
                if (IdentifierSplitter.parts(id).size() >= 2) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    /** An exact match's score on the absolute scale: {@code ln(1 + N / definers)}, × {@value #COMPOUND} if compound. */
    private static double strength(SnapshotView view, String name, int definers, int n, double best) {
        return Math.log(1.0 + (double) n / definers) * (view.symbolIndex().isCompound(name) ? COMPOUND : 1.0) / best;
    }

    /**
     * Each defining file with {@code score}, or {@value #LOCAL} of it where the symbol is local data; {@code
     * focused}: the task wrote another name, so the symbol's own is the file's focus.
     */
    private static SymbolDefinitions.Contributions contributions(SnapshotView view, int[] files, String name,
            double score, boolean focused, Function<FileSymbol, String> why) {
        double[] scores = new double[files.length];
        String[] evidence = new String[files.length];
        String[] focus = new String[files.length];
        for (int i = 0; i < files.length; i++) {
            FileSymbol sym = find(view, files[i], name);
            scores[i] = score * (sym != null && isLocalData(sym) ? LOCAL : 1.0);
            evidence[i] = why.apply(sym);
            focus[i] = focused && sym != null ? sym.name() : null;
        }
        return new SymbolDefinitions.Contributions(files, scores, evidence, focus);
    }

    /** One name a file defines, as this request found it: its score, evidence and focus (or null). */
    private record Match(double score, String why, String focus) {
    }

    /** Each defining file's match, unless the file has one with the same evidence (two spellings of a name). */
    private static void addAll(Map<Integer, List<Match>> perFile, SymbolDefinitions.Contributions c) {
        for (int i = 0; i < c.files().length; i++) {
            List<Match> found = perFile.computeIfAbsent(c.files()[i], k -> new ArrayList<>());
            String why = c.evidence()[i];
            if (found.stream().noneMatch(m -> m.why().equals(why))) {
                found.add(new Match(c.scores()[i], why, c.focus()[i]));
            }
        }
    }

    /** Whole identifiers of the task (lower-case): every term, plus each part of a {@code Class.method}. */
    static Set<String> names(TaskQuery query) {
        Set<String> names = new LinkedHashSet<>(query.terms());
        for (Mention m : query.mentions()) {
            if (isWrittenName(m)) {
                for (String id : writtenIdentifiers(m)) {
                    names.add(id.toLowerCase(Locale.ROOT));
                }
            } else if (m.symbol() != null) { // a stack frame's function
                names.add(m.symbol().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** A {@code Class.method} or a CamelCase / snake_case identifier, as the task wrote it. */
    private static boolean isWrittenName(Mention m) {
        return m.kind() == Mention.Kind.QUALIFIED || m.kind() == Mention.Kind.SYMBOL;
    }

    /**
     * The identifiers of a written name ({@code Class.method} → {@code Class}, {@code method}); none for
     * other mentions, and none for a kebab-case name ({@code no-shadow}): no identifier holds a dash, so it
     * names a file, an option or a CSS feature, which {@link MentionSignal} finds by file stem (its words
     * are task terms like any other). Read as a compound name in another convention, it moved no task
     * of the dev or held-out set up, and one down ({@code Content-type} → {@code ContentType}).
     */
    private static List<String> writtenIdentifiers(Mention m) {
        return isWrittenName(m) && m.text().indexOf('-') < 0 ? IdentifierSplitter.identifiers(m.text()) : List.of();
    }

    /**
     * The file's symbol of that name, preferring a declaration over a variable; null if none. Names
     * are compared ignoring case; where both are ASCII, by the index's lower-case forms (the same
     * answer, without folding every name of the file on every request).
     */
    private static FileSymbol find(SnapshotView view, int file, String lowerName) {
        FileSymbol[] symbols = view.symbols(file);
        String[] ascii = SymbolIndex.isAscii(lowerName) ? view.symbolIndex().asciiLowerNames(file) : null;
        String folded = ascii == null ? lowerName : lowerName.toLowerCase(Locale.ROOT);
        FileSymbol found = null;
        for (int i = 0; i < symbols.length; i++) {
            FileSymbol s = symbols[i];
            boolean same = ascii != null && ascii[i] != null ? ascii[i].equals(folded) : s.name().equalsIgnoreCase(lowerName);
            if (same && (found == null || isLocalData(found))) {
                found = s;
            }
        }
        return found;
    }

    private static boolean isLocalData(FileSymbol s) {
        return !s.exported() && SymbolFact.isDataKind(s.kind());
    }

    /** The symbol as written, with its kind ({@code parseHeader (function)}). */
    private static String display(FileSymbol s, String lowerName) {
        return s == null ? lowerName : s.name() + " (" + s.kind() + ")";
    }
}
