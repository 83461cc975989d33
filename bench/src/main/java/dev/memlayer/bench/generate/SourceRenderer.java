package dev.memlayer.bench.generate;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** One language's layout and syntax: where a planned file lives, its text, and the files its packages need. */
interface SourceRenderer {

    Lang lang();

    /** Repository path of the file, with forward slashes. */
    String path(PlannedFile file);

    /**
     * The file's text at a revision: revision 0 is its first version; each later revision adds a small
     * method, as a commit touching the file would.
     */
    String render(PlannedFile file, IntFunction<PlannedFile> lookup, int revision);

    /** Manifests and package files (e.g. {@code __init__.py}) for the given files of this language. */
    Map<String, String> supportFiles(List<PlannedFile> files);
}
