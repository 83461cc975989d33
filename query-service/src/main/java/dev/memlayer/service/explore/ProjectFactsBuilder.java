package dev.memlayer.service.explore;

import dev.memlayer.model.api.explore.ChangedFile;
import dev.memlayer.model.api.explore.CommitEntry;
import dev.memlayer.model.api.explore.DependencyEntry;
import dev.memlayer.model.api.explore.TestMapEntry;
import dev.memlayer.model.api.explore.TestRef;
import dev.memlayer.model.facts.DependencyFact;
import dev.memlayer.model.facts.EdgeKind;
import dev.memlayer.model.facts.TestKind;
import dev.memlayer.service.read.CommitHistory;
import dev.memlayer.service.read.FileDetails;
import dev.memlayer.service.read.FileGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The layers read from project facts: declared dependencies, the test map, and recent commits. */
final class ProjectFactsBuilder {

    /** Scopes in the order a reader cares about them. */
    private static final List<String> SCOPES = List.of("runtime", "peer", "optional", "build", "dev", "test");

    private ProjectFactsBuilder() {
    }

    /** Manifests nearest the root first, runtime before dev and test, then by name. */
    static List<DependencyEntry> dependencies(FileStats stats, FileDetails details) {
        List<DependencyEntry> out = new ArrayList<>();
        for (int f = 0; f < stats.size(); f++) {
            for (DependencyFact d : details.dependencies(f)) {
                out.add(new DependencyEntry(stats.path(f), d.ecosystem(), d.name(), d.version(), d.scope()));
            }
        }
        out.sort(Comparator.comparingInt((DependencyEntry d) -> d.manifest().split("/").length)
                .thenComparing(DependencyEntry::manifest)
                .thenComparingInt(d -> SCOPES.indexOf(d.scope()) < 0 ? SCOPES.size() : SCOPES.indexOf(d.scope()))
                .thenComparing(DependencyEntry::name));
        return CodeLayersBuilder.cap(out);
    }

    /** Source files with the tests that test them, most imported sources first. */
    static List<TestMapEntry> tests(FileStats stats) {
        List<TestMapEntry> out = new ArrayList<>();
        for (int f : stats.sourcesByImporters()) {
            Set<Integer> tests = new LinkedHashSet<>();
            for (FileGraph.Link l : stats.view().graph().in(f)) {
                if (l.kind() == EdgeKind.TEST) {
                    tests.add(l.file());
                }
            }
            if (tests.isEmpty()) {
                continue;
            }
            out.add(new TestMapEntry(stats.path(f), tests.stream().map(stats::path).sorted()
                    .limit(CodeLayersBuilder.MAX_PER_ITEM).map(p -> new TestRef(p, TestKind.of(p).id())).toList()));
        }
        return CodeLayersBuilder.cap(out);
    }

    static List<CommitEntry> commits(CommitHistory history) {
        return history.commits().stream().map(c -> new CommitEntry(c.sha(), c.subject(), c.author(), c.committedAt(),
                c.fileCount(), c.files().stream().map(ch -> new ChangedFile(ch.path(), ch.change(), ch.oldPath()))
                        .toList())).toList();
    }
}
