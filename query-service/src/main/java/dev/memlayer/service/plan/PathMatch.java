package dev.memlayer.service.plan;

import java.util.Locale;

/**
 * How a path the task mentions (a path, a file name, a stack frame's file) names a repository file. The one
 * rule for both uses: how strongly the mention ranks the file, and whether a frame's line may pick the
 * snippet shown of it. Case is ignored: a trace from a case-insensitive file system may spell a directory
 * otherwise.
 */
public enum PathMatch {
    /** The repository path itself. */
    SAME,
    /**
     * The directories agree: either side may carry more leading directories. A short mention ends the
     * repository path ({@code web/app.py} for {@code src/web/app.py}), and an absolute frame path ends with it
     * ({@code /home/dev/gin/binding/json.go} for {@code binding/json.go}).
     */
    SUFFIX,
    /** A bare file name ({@code app.py}), which this file has, like any other file of that name. */
    FILE_NAME,
    /**
     * A top-level file at the end of a longer path: no directory of the repository confirms the mention, so it
     * names only the file name ({@code node_modules/express/lib/router/index.js}, where Express 5 moved that
     * file away, is not the top-level {@code index.js}). The frame's line may belong to another file.
     */
    FILE_NAME_ONLY,
    /** Another file. */
    NONE;

    /** How {@code mentioned} ('/'-separated, without a leading "./") names {@code repoPath}. */
    public static PathMatch of(String mentioned, String repoPath) {
        if (mentioned == null || mentioned.isEmpty()) {
            return NONE;
        }
        String said = mentioned.toLowerCase(Locale.ROOT);
        String file = repoPath.toLowerCase(Locale.ROOT);
        if (said.equals(file)) {
            return SAME;
        }
        if (said.indexOf('/') < 0) {
            return file.endsWith("/" + said) ? FILE_NAME : NONE;
        }
        if (file.endsWith("/" + said)) {
            return SUFFIX;
        }
        if (said.endsWith("/" + file)) {
            return file.indexOf('/') >= 0 ? SUFFIX : FILE_NAME_ONLY;
        }
        return NONE;
    }

    /** Whether the mention locates lines of this file: all but a file name the directories do not confirm. */
    public boolean locatesLines() {
        return this == SAME || this == SUFFIX || this == FILE_NAME;
    }
}
