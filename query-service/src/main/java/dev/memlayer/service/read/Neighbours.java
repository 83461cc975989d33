package dev.memlayer.service.read;

import dev.memlayer.model.facts.EdgeKind;
import java.util.List;
import java.util.Locale;

/**
 * What one view knows about a file's neighbours, as the assembler asks it: where the file's tests are, whether
 * one file's code reaches another's (an import or a call edge of the graph), and how common a symbol name is.
 * Only the tests must be given; without a view no file reaches another.
 */
@FunctionalInterface
public interface Neighbours {

    /** No tests and no links: for an assembly that shows neither. */
    Neighbours NONE = file -> List.of();

    /** The paths of the tests of {@code file} ({@link TestFiles}). */
    List<String> tests(ManifestEntry file);

    /** Whether {@code from} imports or calls {@code to}. */
    default boolean reaches(ManifestEntry from, ManifestEntry to) {
        return false;
    }

    /** How many files define a symbol of this name (any case): few for a name that links two files by itself. */
    default int definers(String name) {
        return 0;
    }

    /** The neighbours of {@code view}'s files. */
    static Neighbours of(SnapshotView view) {
        return new Neighbours() {
            @Override
            public List<String> tests(ManifestEntry file) {
                return TestFiles.of(view, file);
            }

            @Override
            public boolean reaches(ManifestEntry from, ManifestEntry to) {
                int a = view.indexOf(from);
                int b = view.indexOf(to);
                if (a < 0 || b < 0) {
                    return false;
                }
                for (FileGraph.Link l : view.graph().out(a)) {
                    if (l.file() == b && l.kind() != EdgeKind.TEST) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public int definers(String name) {
                return view.symbolIndex().definers(name.toLowerCase(Locale.ROOT)).length;
            }
        };
    }
}
