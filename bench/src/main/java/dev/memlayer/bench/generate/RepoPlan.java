package dev.memlayer.bench.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What a synthetic repository of N files holds, as a pure function of (N, seed): its source files
 * (packages, types, methods, imports, sizes) in introduction order. The support files (manifests,
 * {@code __init__.py}, {@code mod.rs}) come from the renderers; Java's share absorbs the difference so the
 * repository has exactly N files.
 */
public final class RepoPlan {

    /** The smallest repository the generator makes: every language needs a package or two. */
    public static final int MIN_FILES = 60;

    private static final double MEDIAN_LINES = 70;
    private static final double LINES_SIGMA = 0.8;
    private static final int MAX_LINES = 2500;

    private final int totalFiles;
    private final long seed;
    private final List<PlannedFile> files;

    private RepoPlan(int totalFiles, long seed, List<PlannedFile> files) {
        this.totalFiles = totalFiles;
        this.seed = seed;
        this.files = List.copyOf(files);
    }

    public static RepoPlan of(int totalFiles, long seed) {
        if (totalFiles < MIN_FILES) {
            throw new IllegalArgumentException("a synthetic repository needs at least " + MIN_FILES + " files");
        }
        Map<Lang, Integer> counts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            counts.put(lang, Math.max(6, (int) Math.round(totalFiles * lang.share())));
        }
        // Support files depend on the packages, which depend on the counts: settle Java's count in two passes.
        for (int pass = 0; pass < 3; pass++) {
            List<PlannedFile> planned = plan(counts, seed);
            int support = Renderers.supportFiles(planned).size();
            int others = counts.entrySet().stream().filter(e -> e.getKey() != Lang.JAVA)
                    .mapToInt(Map.Entry::getValue).sum();
            int java = totalFiles - support - others;
            if (java == counts.get(Lang.JAVA)) {
                return new RepoPlan(totalFiles, seed, planned);
            }
            counts.put(Lang.JAVA, Math.max(6, java));
        }
        return new RepoPlan(totalFiles, seed, plan(counts, seed));
    }

    public int totalFiles() {
        return totalFiles;
    }

    public long seed() {
        return seed;
    }

    /** Source files in introduction order: files of each language keep their order, languages interleave. */
    public List<PlannedFile> files() {
        return files;
    }

    public PlannedFile file(int id) {
        return files.get(id);
    }

    private static List<PlannedFile> plan(Map<Lang, Integer> counts, long seed) {
        List<PlannedFile> all = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            all.addAll(planLanguage(lang, counts.get(lang), new Random(seed * 31 + lang.ordinal())));
        }
        // Interleave languages by relative position, then renumber: ids are the introduction order.
        all.sort(Comparator.comparingDouble((PlannedFile f) -> (f.langIndex() + 0.5) / counts.get(f.lang()))
                .thenComparing(PlannedFile::lang));
        Map<Long, Integer> newIds = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            newIds.put(key(all.get(i).lang(), all.get(i).id()), i);
        }
        List<PlannedFile> renumbered = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            PlannedFile f = all.get(i);
            List<Integer> imports = f.imports().stream().map(local -> newIds.get(key(f.lang(), local))).toList();
            int testOf = f.testOf() < 0 ? -1 : newIds.get(key(f.lang(), f.testOf()));
            renumbered.add(new PlannedFile(i, f.lang(), f.langIndex(), f.domain(), f.layer(), f.typeName(),
                    f.methods(), f.lines(), imports, testOf));
        }
        return renumbered;
    }

    private static long key(Lang lang, int localId) {
        return ((long) lang.ordinal() << 32) | localId;
    }

    /** Files of one language with ids local to it (renumbered by the caller). */
    private static List<PlannedFile> planLanguage(Lang lang, int count, Random random) {
        List<PlannedFile> out = new ArrayList<>(count);
        List<Integer> packageStarts = new ArrayList<>();
        int packageIndex = -1;
        int packageEnd = 0;
        int slot = 0;
        for (int i = 0; i < count; i++) {
            if (i >= packageEnd) {
                packageIndex++;
                packageStarts.add(i);
                packageEnd = i + 5 + random.nextInt(11);
                slot = 0;
            }
            String domain = Words.DOMAINS.get(packageIndex % Words.DOMAINS.size());
            int round = packageIndex / Words.DOMAINS.size();
            String layer = Words.LAYERS.get(round % Words.LAYERS.size());
            int suffix = round / Words.LAYERS.size();
            if (suffix > 0) {
                layer = layer + (suffix + 1);
            }
            boolean test = lang.testEvery() > 0 && slot > 0 && slot % lang.testEvery() == 0
                    && !out.get(i - 1).isTest();
            if (test) {
                PlannedFile subject = out.get(i - 1);
                out.add(new PlannedFile(i, lang, i, domain, layer, subject.typeName() + "Test",
                        methods(i, 2 + random.nextInt(4)), 0, List.of(subject.id()), subject.id()));
            } else {
                int lines = lines(random);
                String type = Words.QUALIFIERS.get((packageIndex + slot) % Words.QUALIFIERS.size())
                        + Words.NOUNS.get((packageIndex * 5 + slot) % Words.NOUNS.size());
                out.add(new PlannedFile(i, lang, i, domain, layer, type, methods(i, Math.max(1, (lines - 12) / 10)),
                        lines, imports(out, packageStarts, packageIndex, random), -1));
            }
            slot++;
        }
        return out;
    }

    /** Log-normal, as file sizes in real repositories are: most files small, a few very large. */
    private static int lines(Random random) {
        double value = Math.exp(Math.log(MEDIAN_LINES) + LINES_SIGMA * random.nextGaussian());
        return (int) Math.max(15, Math.min(MAX_LINES, Math.round(value)));
    }

    private static List<String> methods(int fileIndex, int count) {
        List<String> names = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            String name = Words.VERBS.get((fileIndex * 3 + j) % Words.VERBS.size())
                    + Words.QUALIFIERS.get((fileIndex + j * 7) % Words.QUALIFIERS.size());
            names.add(j >= Words.VERBS.size() ? name + (j / Words.VERBS.size()) : name);
        }
        return names;
    }

    /** Half from earlier packages of the same domain (cohesion), half from anywhere earlier. */
    private static List<Integer> imports(List<PlannedFile> earlier, List<Integer> packageStarts, int packageIndex,
                                         Random random) {
        int limit = packageStarts.get(packageIndex);
        if (limit == 0) {
            return List.of();
        }
        int wanted = 1 + random.nextInt(5);
        Set<Integer> picked = new LinkedHashSet<>();
        for (int attempt = 0; attempt < wanted * 3 && picked.size() < wanted; attempt++) {
            int candidate;
            int sameDomain = packageIndex - Words.DOMAINS.size() * (1 + random.nextInt(3));
            if (random.nextBoolean() && sameDomain >= 0) {
                int start = packageStarts.get(sameDomain);
                int end = packageStarts.get(sameDomain + 1);
                candidate = start + random.nextInt(end - start);
            } else {
                candidate = random.nextInt(limit);
            }
            if (!earlier.get(candidate).isTest()) {
                picked.add(candidate);
            }
        }
        return new ArrayList<>(picked);
    }
}
