package dev.memlayer.service.assemble;

import dev.memlayer.model.api.Reason;
import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.rank.RankedFile;
import dev.memlayer.service.read.ContentReader;
import dev.memlayer.service.read.FileSymbols;
import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.render.LineRange;
import dev.memlayer.service.render.MarkdownRenderer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One file's section within what is left of the budget, choosing the representation that pays
 * most per token: the whole file when it is small (or when snippets would save little), numbered
 * snippets around the symbols and frame lines the task points at (or, naming none, where its words are
 * densest: {@link Passages}), an outline of signatures, else
 * the path — degrading in that order before the file is dropped. A file may take at most a share
 * of what is left, so the first file cannot starve the rest. Every cost is the token count of the
 * exact text sent (contents line plus section); counts that depend only on the file are remembered
 * per (path, content hash, representation).
 */
final class SectionChooser {

    /** Below this many tokens left, a file can only be listed by path: no content is read. */
    static final int MIN_CONTENT_TOKENS = 40;
    /** A file takes at most this share of what is left (the first file may take all of it)... */
    static final double MAX_SHARE = 0.5;
    /** ...but may always take this much. */
    static final int MIN_CAP = 600;
    /** A whole file this small is worth more than any cut of it. */
    static final int SMALL_WHOLE = 400;
    /** Without targets, a whole file up to this size beats its outline. */
    static final int MEDIUM_WHOLE = 1200;
    /** Whole instead of snippets when snippets would cost at least this share of it. */
    static final double SNIPPETS_SAVE_AT_LEAST = 0.7;
    /** A cl100k token covers well under this many characters of source: longer text cannot fit. */
    static final int MAX_CHARS_PER_TOKEN = 8;
    static final int PATH_SYMBOLS = 5;
    static final int MAX_REASON_CHARS = 60;
    static final int WHOLE_SYMBOLS = 20;
    static final int OUTLINE_SYMBOLS = 30;

    /** Paths whose path-only section count is remembered at most; cleared when full (cheap to redo). */
    static final int MAX_REMEMBERED_PATHS = 100_000;

    private final ContentReader contents;
    private final TokenEstimator tokens;
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> pathOnlyTokens =
            new java.util.concurrent.ConcurrentHashMap<>();

    SectionChooser(ContentReader contents, TokenEstimator tokens) {
        this.contents = contents;
        this.tokens = tokens;
    }

    /**
     * The best section of {@code rf}, whose symbols are {@code symbols}, within {@code remaining} tokens, its
     * contents line naming {@code tests} (none to leave them out), or empty when not even its path fits. {@code
     * linked} names the symbols to show when the task and the file's focus pick none ({@link CallFocus}); like
     * passages, they replace the outline only when they cost no more, so the budget reaches as many files.
     */
    Optional<AssembledFile> fit(RankedFile rf, FileSymbols symbols, int rank, TaskQuery query, TermRarity rarity,
            int remaining, List<String> tests, Linked linked) throws SQLException {
        ManifestEntry f = rf.file();
        int sectionCost = pathOnlyTokens(f.path());
        if (sectionCost >= remaining) {
            return Optional.empty(); // the contents line costs at least one token more: nothing to count further
        }
        String pathSection = MarkdownRenderer.pathOnly(f.path());
        String reason = MarkdownRenderer.contentsNote(topReason(rf), tests);
        String pathLine = MarkdownRenderer.contentsLine(rank, f.path(), Representation.PATH.wireName(), reason);
        int pathCost = tokens.count(pathLine) + sectionCost;
        if (pathCost > remaining) {
            return Optional.empty();
        }
        List<SymbolFact> fileSymbols = symbols.symbols();
        Outline outline = new Outline(fileSymbols, Set.copyOf(query.terms()));
        AssembledFile path = new AssembledFile(rf, Representation.PATH, pathLine, pathSection, pathCost,
                outline.top(PATH_SYMBOLS));
        Optional<String> text = remaining < MIN_CONTENT_TOKENS ? Optional.empty() : contents.text(f.contentHash());
        if (text.isEmpty() || text.get().isEmpty()) {
            return Optional.of(path);
        }
        int cap = rank == 1 ? remaining : Math.min(remaining, Math.max(MIN_CAP, (int) (remaining * MAX_SHARE)));
        File file = new File(rf, rank, reason, text.get(), outline, symbols.extraction());

        List<String> lines = lines(text.get());
        int lineCount = text.get().endsWith("\n") ? lines.size() - 1 : lines.size();
        List<SymbolTargets.Target> targets = SymbolTargets.find(f.path(), fileSymbols, query, rf.focus(), lines,
                lineCount, rarity);
        if (targets.isEmpty() && fileSymbols.isEmpty()) {
            targets = termWindows(lines, query.terms(), rarity);
        }

        Optional<AssembledFile> whole = text.get().length() <= (long) cap * MAX_CHARS_PER_TOKEN
                ? file.whole(cap) : Optional.empty();
        if (whole.isPresent()) {
            int w = whole.get().tokens();
            boolean noFocus = targets.isEmpty() || fileSymbols.isEmpty() && targets.size() == 1
                    && targets.get(0).score() == 0;
            if (w <= SMALL_WHOLE || noFocus && w <= MEDIUM_WHOLE) {
                return whole;
            }
        }
        if (!targets.isEmpty()) {
            Optional<AssembledFile> cut = file.snippets(lines, targets, cap);
            if (cut.isPresent()) {
                if (whole.isPresent() && cut.get().tokens() >= whole.get().tokens() * SNIPPETS_SAVE_AT_LEAST) {
                    return whole;
                }
                return cut;
            }
        }
        Optional<AssembledFile> o = outline.isEmpty() ? Optional.empty() : file.outline(cap);
        List<String> linkedNames = targets.isEmpty() && !fileSymbols.isEmpty() ? linked.names() : List.of();
        if (!linkedNames.isEmpty()) {
            List<SymbolTargets.Target> calls = SymbolTargets.find(f.path(), fileSymbols, query, linkedNames, lines,
                    lineCount, rarity);
            Optional<AssembledFile> shown = calls.isEmpty() ? Optional.empty() : file.snippets(lines, calls, cap);
            if (shown.isPresent() && (o.isEmpty() || shown.get().tokens() <= o.get().tokens())) {
                return shown;
            }
        }
        if (targets.isEmpty() && !fileSymbols.isEmpty()) {
            Optional<AssembledFile> passages = passages(file, fileSymbols, lines, lineCount, query, rarity, cap);
            if (passages.isPresent() && (o.isEmpty() || passages.get().tokens() <= o.get().tokens())) {
                return passages;
            }
        }
        return o.isPresent() ? o : Optional.of(path);
    }

    /**
     * Where the task's words are densest ({@link Passages}), when the task names none of the file's symbols:
     * shown instead of the outline only when it costs no more, so the budget reaches as many files as before
     * (passages in place of any cheaper outline let fewer gold files into the dev set's payloads: .889 → .882).
     */
    private Optional<AssembledFile> passages(File file, List<SymbolFact> fileSymbols, List<String> lines,
            int lineCount, TaskQuery query, TermRarity rarity, int cap) {
        List<SymbolTargets.Target> passages = Passages.find(fileSymbols, lines, lineCount, query.terms(), rarity);
        return passages.isEmpty() ? Optional.empty() : file.snippets(lines, passages, cap);
    }

    /**
     * Tokens of a file's path-only section, remembered by path (the section is the path's alone):
     * once the budget runs low every further examined file is stopped here, and rendering and
     * counting the same section again for each of them was a visible share of assembly.
     */
    private int pathOnlyTokens(String path) {
        Integer known = pathOnlyTokens.get(path);
        if (known != null) {
            return known;
        }
        int n = tokens.count(MarkdownRenderer.pathOnly(path));
        if (pathOnlyTokens.size() >= MAX_REMEMBERED_PATHS) {
            pathOnlyTokens.clear();
        }
        pathOnlyTokens.put(path, n);
        return n;
    }

    /** For files without symbols: windows around lines with task terms (or the head), as targets. */
    private static List<SymbolTargets.Target> termWindows(List<String> lines, List<String> terms, TermRarity rarity) {
        return SnippetCutter.cut(lines, terms, rarity).stream().limit(SymbolTargets.MAX_TARGETS)
                .map(s -> new SymbolTargets.Target(null, List.of(s.range()), s.score(),
                        "L" + s.range().first() + "-" + s.range().last()))
                .toList();
    }

    /** The strongest reason, short: its signal and the first clause of its evidence. */
    static String topReason(RankedFile rf) {
        return rf.reasons().stream().max(Comparator.comparingDouble(Reason::weight))
                .map(r -> r.signal() + (r.evidence() == null || r.evidence().isBlank() ? "" : ": " + firstClause(r.evidence())))
                .orElse("");
    }

    private static String firstClause(String evidence) {
        String s = evidence;
        for (String cut : new String[] {", ", "; ", " ["}) {
            int i = s.indexOf(cut);
            if (i > 0) {
                s = s.substring(0, i);
            }
        }
        return MarkdownRenderer.clip(s, MAX_REASON_CHARS);
    }

    /** The symbols to show when nothing else picks any ({@link CallFocus}), read only then. */
    @FunctionalInterface
    interface Linked {
        List<String> names() throws SQLException;
    }

    /** One file being fitted: its text, outline and contents line per representation. */
    private final class File {
        private final RankedFile rf;
        private final ManifestEntry f;
        private final int rank;
        private final String reason;
        private final String text;
        private final Outline outline;
        /** The extraction the symbols came from: an outline's text depends on it as much as on the content. */
        private final long extraction;

        File(RankedFile rf, int rank, String reason, String text, Outline outline, long extraction) {
            this.rf = rf;
            this.f = rf.file();
            this.rank = rank;
            this.reason = reason;
            this.text = text;
            this.outline = outline;
            this.extraction = extraction;
        }

        private String line(Representation r) {
            return MarkdownRenderer.contentsLine(rank, f.path(), r.wireName(), reason);
        }

        Optional<AssembledFile> whole(int cap) {
            String line = line(Representation.WHOLE);
            int lineCost = tokens.count(line);
            if (lineCost >= cap) {
                return Optional.empty();
            }
            String key = f.path() + '\0' + f.contentHash() + "\0whole";
            int known = tokens.rememberedSection(key);
            if (known >= 0 && known + lineCost > cap) {
                return Optional.empty();
            }
            String section = MarkdownRenderer.whole(f.path(), f.language(), text, f.lines());
            int cost = tokens.countSection(key, section) + lineCost;
            return cost <= cap
                    ? Optional.of(new AssembledFile(rf, Representation.WHOLE, line, section, cost,
                            outline.top(WHOLE_SYMBOLS)))
                    : Optional.empty();
        }

        /** The best targets that fit, measured exactly; failing that, the best target's first ranges narrowed. */
        Optional<AssembledFile> snippets(List<String> lines, List<SymbolTargets.Target> targets, int cap) {
            String line = line(Representation.SNIPPETS);
            int lineCost = tokens.count(line);
            int fixed = lineCost
                    + tokens.count(MarkdownRenderer.snippets(f.path(), f.language(), lines, List.of(), List.of()));
            int emptyBody = tokens.count(MarkdownRenderer.snippets("", "", lines, List.of(), List.of()));
            int k = 0;
            int estimate = fixed;
            for (SymbolTargets.Target t : targets) {
                int alone = aloneTokens(lines, t) - emptyBody + 2;
                if (estimate + alone > cap) {
                    break;
                }
                estimate += alone;
                k++;
            }
            for (int n = k; n >= 1; n--) {
                Optional<AssembledFile> s = measured(line, lineCost, lines, targets.subList(0, n), cap);
                if (s.isPresent()) {
                    return s;
                }
            }
            SymbolTargets.Target best = targets.get(0);
            LineRange first = best.ranges().get(best.ranges().size() - 1);
            // the context lines before the symbol go first: a one-line snippet shows its declaration, not a `}`
            int from = best.symbol() != null && best.symbol().lineStart() > first.first()
                    && best.symbol().lineStart() <= first.last() ? best.symbol().lineStart() : first.first();
            for (int len : new int[] {15, 7, 3, 1}) {
                int hi = Math.min(first.last(), from + len - 1);
                SymbolTargets.Target narrow = new SymbolTargets.Target(best.symbol(),
                        List.of(new LineRange(from, hi)), best.score(), best.label());
                Optional<AssembledFile> s = measured(line, lineCost, lines, List.of(narrow), cap);
                if (s.isPresent()) {
                    return s;
                }
            }
            return Optional.empty();
        }

        /**
         * Tokens of one target's snippet section without path and language: text fully determined
         * by the content, the target's ranges and its label, so remembered under those (the same
         * targets of the same files are estimated again in later requests).
         */
        private int aloneTokens(List<String> lines, SymbolTargets.Target t) {
            String key = "\0snippet\0" + f.contentHash() + '\0' + t.ranges() + '\0' + t.label();
            int known = tokens.rememberedSection(key);
            if (known >= 0) {
                return known;
            }
            return tokens.countSection(key, MarkdownRenderer.snippets("", "", lines, t.ranges(), List.of(t.label())));
        }

        /**
         * The chosen targets' section, if it fits with its contents line. Its count is remembered: the text is
         * fully determined by the file, the merged ranges and the labels, and the same cuts of the same files
         * come back request after request.
         */
        private Optional<AssembledFile> measured(String line, int lineCost, List<String> lines,
                List<SymbolTargets.Target> chosen, int cap) {
            List<LineRange> ranges = new ArrayList<>();
            chosen.forEach(t -> ranges.addAll(t.ranges()));
            List<LineRange> merged = merge(ranges);
            List<String> labels = chosen.stream().map(SymbolTargets.Target::label).toList();
            String key = f.path() + '\0' + f.contentHash() + "\0snippets\0" + merged + '\0' + labels;
            int known = tokens.rememberedSection(key);
            if (known >= 0 && known + lineCost > cap) {
                return Optional.empty();
            }
            String section = MarkdownRenderer.snippets(f.path(), f.language(), lines, merged, labels);
            int cost = lineCost + tokens.countSection(key, section);
            if (cost > cap) {
                return Optional.empty();
            }
            List<SymbolFact> shown = chosen.stream().map(SymbolTargets.Target::symbol)
                    .filter(java.util.Objects::nonNull).toList();
            return Optional.of(new AssembledFile(rf, Representation.SNIPPETS, line, section, cost, shown));
        }

        /** The most detailed outline level that fits. */
        Optional<AssembledFile> outline(int cap) {
            String line = line(Representation.OUTLINE);
            int lineCost = tokens.count(line);
            for (Outline.Level level : Outline.Level.values()) {
                boolean named = level == Outline.Level.NAMED;
                if (named && !outline.namesMembers()) {
                    continue; // the top level alone, tried next
                }
                String key = f.path() + '\0' + f.contentHash() + '\0' + extraction + "\0outline:" + level;
                int known = named ? -1 : tokens.rememberedSection(key);
                if (known >= 0 && known + lineCost > cap) {
                    continue;
                }
                List<Outline.Entry> shown = outline.at(level);
                String section = MarkdownRenderer.outline(f.path(), f.lines(), Outline.lines(shown),
                        outline.size() - shown.size());
                // what the task names differs from task to task: that level is counted, not remembered
                int cost = (named ? tokens.count(section) : tokens.countSection(key, section)) + lineCost;
                if (cost <= cap) {
                    return Optional.of(new AssembledFile(rf, Representation.OUTLINE, line, section, cost,
                            shown.stream().limit(OUTLINE_SYMBOLS).map(Outline.Entry::symbol).toList()));
                }
            }
            return Optional.empty();
        }
    }

    /** Ranges in file order, overlapping or touching ones merged. */
    static List<LineRange> merge(List<LineRange> ranges) {
        List<LineRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(LineRange::first));
        List<LineRange> out = new ArrayList<>();
        for (LineRange r : sorted) {
            if (!out.isEmpty() && r.first() <= out.get(out.size() - 1).last() + 1) {
                LineRange prev = out.remove(out.size() - 1);
                out.add(new LineRange(prev.first(), Math.max(prev.last(), r.last())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * {@code text.split("\\n", -1)} without the regular expression: {@code "\\n"} is not one of
     * String.split's single-character fast paths, and every file of every answer is split.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            lines.add(text.substring(start, nl));
            start = nl + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }
}
