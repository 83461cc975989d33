package dev.memlayer.service.read;

import dev.memlayer.model.snapshot.ProjectRef;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * An immutable point-in-time view of one project at one ready snapshot version: the manifest and
 * an inverted index from path term to files. Loaded once per (project, version), shared by every
 * request; a request pins one view at entry so a publish cannot mix two snapshots.
 */
public final class SnapshotView {

    private final ProjectRef project;
    private final SnapshotMeta meta;
    private final List<ManifestEntry> files;
    private final Map<String, ManifestEntry> byPath;
    private final Map<String, int[]> postings;
    private final Map<String, List<ManifestEntry>> byFileName;
    private final Map<String, Integer> indexByPath;
    private final Map<ManifestEntry, Integer> indexByEntry;
    private final ViewFacts facts;
    private final ContentFiles filesByContent;
    private volatile SymbolIndex symbolIndex;
    /** {@link #symbolsOf} per file, made on first use: answers show the same few files again and again. */
    private final AtomicReferenceArray<FileSymbols> shownSymbols;
    /** The features requests used on this view as the latest ({@link #usedBy}). */
    private final Set<Class<?>> usedBy = ConcurrentHashMap.newKeySet();
    /** Per-view data other features build lazily (see {@link #derived}); dies with the view. */
    private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();

    SnapshotView(ProjectRef project, SnapshotMeta meta, List<ManifestEntry> files) {
        this(project, meta, files, null);
    }

    SnapshotView(ProjectRef project, SnapshotMeta meta, List<ManifestEntry> files, ViewFacts facts) {
        this.facts = facts == null ? ViewFacts.empty(files.size()) : facts;
        this.project = project;
        this.meta = meta;
        this.files = List.copyOf(files);
        Map<String, ManifestEntry> paths = new HashMap<>(files.size() * 2);
        Map<String, Integer> indexes = new HashMap<>(files.size() * 2);
        Map<String, List<Integer>> terms = new HashMap<>();
        Map<String, List<ManifestEntry>> names = new HashMap<>();
        for (int i = 0; i < this.files.size(); i++) {
            ManifestEntry f = this.files.get(i);
            paths.put(f.path(), f);
            indexes.put(f.path(), i);
            names.computeIfAbsent(f.fileName(), k -> new java.util.ArrayList<>()).add(f);
            for (String t : f.allTerms()) {
                terms.computeIfAbsent(t, k -> new java.util.ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> frozen = new HashMap<>(terms.size() * 2);
        terms.forEach((t, ids) -> frozen.put(t, ids.stream().mapToInt(Integer::intValue).toArray()));
        Map<String, List<ManifestEntry>> frozenNames = new HashMap<>(names.size() * 2);
        names.forEach((n, l) -> frozenNames.put(n, List.copyOf(l)));
        this.byPath = Map.copyOf(paths);
        this.postings = Map.copyOf(frozen);
        this.byFileName = Map.copyOf(frozenNames);
        this.indexByPath = indexes;
        this.indexByEntry = new IdentityHashMap<>(this.files.size());
        for (int i = 0; i < this.files.size(); i++) {
            indexByEntry.put(this.files.get(i), i);
        }
        this.filesByContent = new ContentFiles(this.facts.contentIds());
        this.shownSymbols = new AtomicReferenceArray<>(this.files.size());
    }

    public ProjectRef project() {
        return project;
    }

    public SnapshotMeta meta() {
        return meta;
    }

    public long version() {
        return meta.version();
    }

    public List<ManifestEntry> files() {
        return files;
    }

    public ManifestEntry file(String path) {
        return byPath.get(path);
    }

    /** Files whose lower-case file name is exactly {@code lowerFileName}. */
    public List<ManifestEntry> filesNamed(String lowerFileName) {
        return byFileName.getOrDefault(lowerFileName, List.of());
    }

    /** Indexes into {@link #files()} of the files whose path contains the term; never null. */
    public int[] postings(String term) {
        return postings.getOrDefault(term, new int[0]);
    }

    /** How many files' paths contain the term (document frequency over paths). */
    public int pathFrequency(String term) {
        return postings(term).length;
    }

    /** Index into {@link #files()} of a path, or -1 when the snapshot has no such file. */
    public int indexOf(String path) {
        Integer i = indexByPath.get(path);
        return i == null ? -1 : i;
    }

    /**
     * Index into {@link #files()} of a file, or -1 when the snapshot has no such file. By identity for this view's
     * own entries (ranking asks for every candidate of every request), by path for another view's.
     */
    public int indexOf(ManifestEntry file) {
        Integer i = indexByEntry.get(file);
        return i != null ? i : indexOf(file.path());
    }

    /** Those of {@code paths} this snapshot holds no file at, in their order, each once. */
    public List<String> missing(List<String> paths) {
        return paths.stream().filter(p -> !byPath.containsKey(p)).distinct().toList();
    }

    /** Indexes of the files whose content is the lexical row {@code contentId}; empty when none. */
    public int[] filesWithContent(long contentId) {
        return filesByContent.of(contentId);
    }

    /** Content id → files, with the contents numbered densely (lexical search sums scores by those numbers). */
    ContentFiles contentFiles() {
        return filesByContent;
    }

    /** Symbols defined in a file (current extractor versions), in source order. */
    public FileSymbol[] symbols(int file) {
        return facts.symbols()[file];
    }

    /**
     * {@code file}'s symbols as an answer shows them (without docs), and the extraction they came from; none for a
     * file this view does not hold.
     */
    public FileSymbols symbolsOf(ManifestEntry file) {
        int i = indexOf(file);
        if (i < 0) {
            return FileSymbols.NONE;
        }
        FileSymbols known = shownSymbols.get(i);
        if (known == null) {
            known = FileSymbols.of(facts.symbols()[i], facts.extractions()[i]);
            shownSymbols.set(i, known); // two first callers may both make it: equal values, either may stay
        }
        return known;
    }

    /** Name lookups over every symbol of this view, built once on first use. */
    public SymbolIndex symbolIndex() {
        SymbolIndex idx = symbolIndex;
        if (idx == null) {
            synchronized (this) {
                idx = symbolIndex;
                if (idx == null) {
                    idx = SymbolIndex.build(facts.symbols());
                    symbolIndex = idx;
                }
            }
        }
        return idx;
    }

    /** Whether {@link #symbolIndex} is built yet (the catalog builds it before it serves a new version). */
    public boolean symbolIndexReady() {
        return symbolIndex != null;
    }

    public FileGraph graph() {
        return facts.graph();
    }

    public FileHistory history() {
        return facts.history();
    }

    /**
     * Notes that a request of {@code feature} (context, explore) read this view as its project's latest: the
     * catalog's warming builds for the next view only what was used on this one.
     */
    public void usedBy(Class<?> feature) {
        if (!usedBy.contains(feature)) { // a read, not a write, on every request but the first
            usedBy.add(feature);
        }
    }

    /** Whether a request of {@code feature} read this view as its project's latest. */
    public boolean wasUsedBy(Class<?> feature) {
        return usedBy.contains(feature);
    }

    /** The types {@link #derived} holds so far (the catalog's warming builds planning's before a view is served). */
    public Set<Class<?>> derivedTypes() {
        return Set.copyOf(derived.keySet());
    }

    /** Builds a value from a view; may read the database. */
    @FunctionalInterface
    public interface Deriver<T> {
        T derive(SnapshotView view) throws java.sql.SQLException;
    }

    /**
     * A value computed from this view once, on first use, and kept as long as the view: a feature's
     * per-snapshot index (symbol search, explore layers) keyed by its type. A ready snapshot never
     * changes, so the value can never be stale; concurrent first callers wait for one build.
     */
    public <T> T derived(Class<T> type, Deriver<T> deriver) throws java.sql.SQLException {
        Object known = derived.get(type);
        if (known != null) {
            return type.cast(known);
        }
        synchronized (derived) {
            known = derived.get(type);
            if (known == null) {
                known = deriver.derive(this);
                derived.put(type, known);
            }
        }
        return type.cast(known);
    }
}
