package dev.memlayer.service.files;

import dev.memlayer.model.api.SymbolRef;
import dev.memlayer.model.api.explore.TestRef;
import dev.memlayer.model.api.files.Churn;
import dev.memlayer.model.api.files.FileFactsResponse;
import dev.memlayer.model.api.files.FileLink;
import dev.memlayer.model.api.files.ImportRef;
import dev.memlayer.model.facts.EdgeKind;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.TestKind;
import dev.memlayer.model.facts.TestPaths;
import dev.memlayer.service.context.RequestRejected;
import dev.memlayer.service.context.SnapshotPins;
import dev.memlayer.service.read.FileDetails;
import dev.memlayer.service.read.FileDetailsReader;
import dev.memlayer.service.read.FileGraph;
import dev.memlayer.service.read.FileHistory;
import dev.memlayer.service.read.FileSymbol;
import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.read.SnapshotView;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/projects/{project}/files/{path}}: one file's facts from the pinned view (manifest,
 * symbols, graph, churn) and its imports as written (kept with the view after the first read).
 */
@ApplicationScoped
public class FileFactsService {

    /** Related files listed at most per relation, strongest first. */
    static final int MAX_LINKS = 50;

    private final SnapshotPins pins;
    private final FileDetailsReader details;

    public FileFactsService(SnapshotPins pins, FileDetailsReader details) {
        this.pins = pins;
        this.details = details;
    }

    /** The facts of {@code path} (repository-relative) in {@code project}'s snapshot (latest when null). */
    public FileFactsResponse file(String project, String path, String snapshot) {
        SnapshotView latest = pins.latest(project);
        SnapshotView view = pins.pin(latest, snapshot, "snapshot");
        String wanted = normalize(path);
        int f = view.indexOf(wanted);
        if (f < 0) {
            throw RequestRejected.notFound("unknown_file", "snapshot " + view.version() + " of '"
                    + view.project().name() + "' has no file '" + clip(wanted) + "'");
        }
        ManifestEntry file = view.files().get(f);
        FileDetails facts;
        try {
            facts = details.details(view);
        } catch (SQLException e) {
            throw SnapshotPins.unavailable("reading the file's imports", e);
        }
        FileGraph graph = view.graph();
        FileHistory.Churn churn = view.history().churn(f);
        return new FileFactsResponse(view.project(), pins.info(view, latest.version()), file.path(), file.language(),
                file.lines(), file.size(), TestPaths.isTest(file.path()),
                Arrays.stream(view.symbols(f)).map(FileFactsService::ref).toList(),
                Arrays.stream(facts.imports(f)).map(FileFactsService::ref).toList(),
                links(view, graph.out(f), EdgeKind.IMPORT).stream().map(FileLink::path).toList(),
                links(view, graph.in(f), EdgeKind.IMPORT),
                links(view, graph.in(f), EdgeKind.CALL),
                links(view, graph.in(f), EdgeKind.TEST).stream()
                        .map(l -> new TestRef(l.path(), TestKind.of(l.path()).id())).toList(),
                links(view, graph.out(f), EdgeKind.TEST).stream().map(FileLink::path).toList(),
                new Churn(churn.commits90d(), churn.commitsTotal(),
                        churn.lastChangeAt() == 0 ? null : Instant.ofEpochMilli(churn.lastChangeAt())),
                Arrays.stream(view.history().partners(f))
                        .map(p -> new FileLink(view.files().get(p.file()).path(), p.commits())).toList());
    }

    public static SymbolRef ref(FileSymbol s) {
        return new SymbolRef(s.kind(), s.name(), s.container(), s.signature(), s.lineStart(), s.lineEnd(), s.exported());
    }

    private static ImportRef ref(ImportFact i) {
        return new ImportRef(i.raw(), i.kind(), i.line());
    }

    /** Distinct files at the other end of {@code kind} edges, heaviest first, then by path. */
    private static List<FileLink> links(SnapshotView view, FileGraph.Link[] links, EdgeKind kind) {
        Map<Integer, Float> best = new LinkedHashMap<>();
        for (FileGraph.Link l : links) {
            if (l.kind() == kind) {
                best.merge(l.file(), l.weight(), Math::max);
            }
        }
        List<FileLink> out = new ArrayList<>(best.size());
        best.forEach((file, w) -> out.add(new FileLink(view.files().get(file).path(), Math.round(w * 1000) / 1000.0)));
        out.sort(Comparator.comparingDouble(FileLink::weight).reversed().thenComparing(FileLink::path));
        return out.size() > MAX_LINKS ? out.subList(0, MAX_LINKS) : out;
    }

    private static String normalize(String path) {
        String p = path == null ? "" : path.strip().replace('\\', '/');
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.substring(p.startsWith("./") ? 2 : 1);
        }
        return p;
    }

    private static String clip(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
