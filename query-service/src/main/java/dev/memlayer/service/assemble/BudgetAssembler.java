package dev.memlayer.service.assemble;

import dev.memlayer.model.api.Omitted;
import dev.memlayer.service.rank.RankedFile;
import dev.memlayer.service.read.ContentReader;
import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.render.LineRange;
import dev.memlayer.service.render.MarkdownRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Fills the budget in rank order. Each file gets the richest representation that fits what is
 * left (degrading whole → snippets → path before a file is dropped); every cost is measured on
 * the exact text that will be sent. A final check measures the joined context and drops trailing
 * sections until it fits, so {@code used ≤ limit} holds whatever the tokenizer does at section
 * boundaries.
 */
@ApplicationScoped
public class BudgetAssembler {

    /** Files included at most, whatever the budget; further ones are omitted as {@code threshold}. */
    static final int MAX_FILES = 50;
    /** Omitted entries reported at most. */
    static final int MAX_OMITTED = 100;
    /** Ranked files examined at most; the long tail is omitted as {@code threshold} unread. */
    static final int MAX_EXAMINED = 200;
    /** Below this many tokens left, a file can only be listed by path: no content is read. */
    static final int MIN_CONTENT_TOKENS = 40;
    /** A cl100k token covers well under this many characters of source: longer text cannot fit. */
    static final int MAX_CHARS_PER_TOKEN = 8;

    private final ContentReader contents;
    private final TokenEstimator tokens;

    public BudgetAssembler(ContentReader contents, TokenEstimator tokens) {
        this.contents = contents;
        this.tokens = tokens;
    }

    public Assembly assemble(String projectName, long version, List<RankedFile> ranked, List<String> terms,
            int limit) throws SQLException {
        String header = MarkdownRenderer.header(projectName, version);
        int used = tokens.count(header);
        if (used > limit) {
            header = "";
            used = 0;
        }
        List<AssembledFile> included = new ArrayList<>();
        List<Omitted> omitted = new ArrayList<>();
        int examined = 0;
        for (RankedFile rf : ranked) {
            if (included.size() >= MAX_FILES || examined++ >= MAX_EXAMINED) {
                omit(omitted, rf, "threshold");
                continue;
            }
            Optional<AssembledFile> section = fit(rf, terms, limit - used);
            if (section.isPresent()) {
                included.add(section.get());
                used += section.get().tokens();
            } else {
                omit(omitted, rf, "budget");
            }
        }
        return enforce(header, included, omitted, limit);
    }

    /**
     * The richest section for this file within {@code remaining} tokens, if any fits. Choices are
     * made on estimates (content counts remembered by hash, per-window counts); the chosen section
     * is then measured exactly, and degraded further if the exact count does not fit.
     */
    private Optional<AssembledFile> fit(RankedFile rf, List<String> terms, int remaining) throws SQLException {
        ManifestEntry f = rf.file();
        String pathSection = MarkdownRenderer.pathOnly(f.path());
        int pathTokens = tokens.count(pathSection);
        if (pathTokens > remaining) {
            return Optional.empty();
        }
        Optional<String> text = remaining < MIN_CONTENT_TOKENS ? Optional.empty() : contents.text(f.contentHash());
        if (text.isEmpty() || text.get().isEmpty()) {
            return Optional.of(new AssembledFile(rf, Representation.PATH, pathSection, pathTokens));
        }
        OptionalInt wholeEstimate = text.get().length() <= (long) remaining * MAX_CHARS_PER_TOKEN
                ? OptionalInt.of(tokens.countContent(f.contentHash(), text.get())
                        + tokens.count(MarkdownRenderer.whole(f.path(), f.language(), "", f.lines())))
                : OptionalInt.empty();
        if (wholeEstimate.isPresent() && RepresentationChooser.comfortable(wholeEstimate.getAsInt(), remaining)) {
            Optional<AssembledFile> whole = wholeWithin(rf, text.get(), remaining);
            if (whole.isPresent()) {
                return whole;
            }
        }
        List<String> lines = Arrays.asList(text.get().split("\\n", -1));
        Snippets snippets = new Snippets(f, lines, SnippetCutter.cut(lines, terms));
        Optional<Representation> choice = RepresentationChooser.choose(remaining, wholeEstimate,
                snippets.estimateWithin(remaining), pathTokens);
        if (choice.isPresent() && choice.get() == Representation.WHOLE) {
            Optional<AssembledFile> whole = wholeWithin(rf, text.get(), remaining);
            if (whole.isPresent()) {
                return whole;
            }
        }
        if (choice.isPresent() && choice.get() != Representation.PATH) {
            Optional<AssembledFile> cut = snippets.largestWithin(rf, remaining);
            if (cut.isPresent()) {
                return cut;
            }
        }
        return Optional.of(new AssembledFile(rf, Representation.PATH, pathSection, pathTokens));
    }

    /** The whole file, if its exact section (remembered by path and content) fits. */
    private Optional<AssembledFile> wholeWithin(RankedFile rf, String text, int remaining) {
        ManifestEntry f = rf.file();
        String section = MarkdownRenderer.whole(f.path(), f.language(), text, f.lines());
        int exact = tokens.countSection(f.path() + '\0' + f.contentHash(), section);
        return exact <= remaining
                ? Optional.of(new AssembledFile(rf, Representation.WHOLE, section, exact))
                : Optional.empty();
    }

    /** One file's snippet windows, each window's cost counted once. */
    private final class Snippets {
        private final ManifestEntry file;
        private final List<String> lines;
        private final List<SnippetCutter.Snippet> windows;
        private final int[] windowTokens;
        private final int overhead;

        Snippets(ManifestEntry file, List<String> lines, List<SnippetCutter.Snippet> windows) {
            this.file = file;
            this.lines = lines;
            this.windows = windows;
            this.windowTokens = new int[windows.size()];
            for (int i = 0; i < windows.size(); i++) {
                windowTokens[i] = tokens.count(MarkdownRenderer.snippets("", "", lines, List.of(windows.get(i).range())))
                        + 2;
            }
            this.overhead = tokens.count(MarkdownRenderer.snippets(file.path(), file.language(), lines, List.of()));
        }

        /** Estimated cost of the most windows that fit, or empty when not even one does. */
        OptionalInt estimateWithin(int remaining) {
            int k = windowsWithin(remaining);
            return k == 0 ? OptionalInt.empty() : OptionalInt.of(estimate(k));
        }

        private int estimate(int k) {
            int sum = overhead;
            for (int i = 0; i < k; i++) {
                sum += windowTokens[i];
            }
            return sum;
        }

        private int windowsWithin(int remaining) {
            int k = 0;
            while (k < windows.size() && estimate(k + 1) <= remaining) {
                k++;
            }
            return k;
        }

        /**
         * The best windows that fit, measured exactly; failing that, the best window narrowed
         * around its focus line; empty when not even one line fits.
         */
        Optional<AssembledFile> largestWithin(RankedFile rf, int remaining) {
            for (int k = windowsWithin(remaining); k >= 1; k--) {
                List<LineRange> chosen = new ArrayList<>(windows.subList(0, k).stream()
                        .map(SnippetCutter.Snippet::range).toList());
                chosen.sort((a, b) -> Integer.compare(a.first(), b.first()));
                Optional<AssembledFile> section = measured(rf, chosen, remaining);
                if (section.isPresent()) {
                    return section;
                }
            }
            if (windows.isEmpty()) {
                return Optional.empty();
            }
            for (LineRange narrow : SnippetCutter.shrink(windows.get(0), lines.size())) {
                Optional<AssembledFile> section = measured(rf, List.of(narrow), remaining);
                if (section.isPresent()) {
                    return section;
                }
            }
            return Optional.empty();
        }

        private Optional<AssembledFile> measured(RankedFile rf, List<LineRange> ranges, int remaining) {
            String section = MarkdownRenderer.snippets(file.path(), file.language(), lines, ranges);
            int exact = tokens.count(section);
            return exact <= remaining
                    ? Optional.of(new AssembledFile(rf, Representation.SNIPPETS, section, exact))
                    : Optional.empty();
        }
    }

    /** The hard rule, on the final text: drop trailing sections until the joined context fits. */
    private Assembly enforce(String header, List<AssembledFile> included, List<Omitted> omitted, int limit) {
        List<AssembledFile> kept = new ArrayList<>(included);
        List<Omitted> dropped = new ArrayList<>();
        String context = render(header, kept);
        int used = tokens.count(context);
        while (used > limit && !kept.isEmpty()) {
            AssembledFile last = kept.remove(kept.size() - 1);
            dropped.add(0, new Omitted(last.ranked().file().path(), last.ranked().score(), "budget"));
            context = render(header, kept);
            used = tokens.count(context);
        }
        if (used > limit) {
            context = "";
            used = 0;
        }
        List<Omitted> allOmitted = new ArrayList<>(dropped);
        allOmitted.addAll(omitted);
        return new Assembly(kept, allOmitted.subList(0, Math.min(MAX_OMITTED, allOmitted.size())), context, used,
                limit);
    }

    private static String render(String header, List<AssembledFile> files) {
        return MarkdownRenderer.join(header, files.stream().map(AssembledFile::section).toList());
    }

    private static void omit(List<Omitted> omitted, RankedFile rf, String why) {
        omitted.add(new Omitted(rf.file().path(), rf.score(), why));
    }
}
