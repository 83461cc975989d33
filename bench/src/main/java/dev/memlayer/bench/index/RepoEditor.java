package dev.memlayer.bench.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;

/**
 * Makes small commits in a benchmark's copy of a repository: appends a comment line to the next few
 * tracked source files (a fixed shuffled order, so runs repeat) and commits them with JGit.
 */
public final class RepoEditor implements AutoCloseable {

    private static final Set<String> SLASH_COMMENTS = Set.of("java", "kt", "ts", "tsx", "js", "go", "rs", "c", "cc",
            "cpp", "h", "cs", "scala", "swift");

    private final Git git;
    private final Path root;
    private final List<String> sources;
    private int cursor;
    private int edits;

    private RepoEditor(Git git, Path root, List<String> sources) {
        this.git = git;
        this.root = root;
        this.sources = sources;
    }

    public static RepoEditor open(Path repo) throws IOException {
        Git git = Git.open(repo.toFile());
        DirCache index = git.getRepository().readDirCache();
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < index.getEntryCount(); i++) {
            String path = index.getEntry(i).getPathString();
            if (commentPrefix(path) != null) {
                sources.add(path);
            }
        }
        if (sources.isEmpty()) {
            git.close();
            throw new IllegalArgumentException(repo + " has no tracked source files to edit");
        }
        Collections.shuffle(sources, new Random(7));
        return new RepoEditor(git, repo, sources);
    }

    /** Tracked source paths (shuffled), e.g. for task texts. */
    public List<String> sources() {
        return List.copyOf(sources);
    }

    /** Appends a comment line to the next {@code count} source files; returns their paths. */
    public List<String> touch(int count) throws IOException {
        List<String> touched = new ArrayList<>(count);
        edits++;
        for (int i = 0; i < Math.min(count, sources.size()); i++) {
            String path = sources.get(cursor++ % sources.size());
            String line = commentPrefix(path) + " bench edit " + edits + "\n";
            Files.writeString(root.resolve(path), line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            touched.add(path);
        }
        return touched;
    }

    /** Touches {@code count} files and commits them; returns the paths. */
    public List<String> commitTouching(int count) throws IOException {
        List<String> touched = touch(count);
        try {
            AddCommand add = git.add();
            touched.forEach(add::addFilepattern);
            add.call();
            git.commit().setMessage("bench: edit " + touched.size() + " files").setSign(false)
                    .setAuthor("memlayer bench", "bench@memlayer.dev")
                    .setCommitter("memlayer bench", "bench@memlayer.dev").call();
        } catch (GitAPIException e) {
            throw new IOException("committing in " + root + ": " + e.getMessage(), e);
        }
        return touched;
    }

    static String commentPrefix(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1);
        if (ext.equals("py")) {
            return "#";
        }
        return SLASH_COMMENTS.contains(ext) ? "//" : null;
    }

    @Override
    public void close() {
        git.close();
    }
}
