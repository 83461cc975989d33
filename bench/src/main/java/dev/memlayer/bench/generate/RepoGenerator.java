package dev.memlayer.bench.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;

/**
 * Writes a plan's history into a new git repository with JGit. Commits are built in memory (an
 * in-core index, blobs and trees into one pack) and the work tree is checked out once at the end:
 * staging file by file through the work tree costs minutes at 50 000 files.
 */
public final class RepoGenerator {

    private final RepoPlan plan;
    private final int[] revisions;
    private final boolean[] introduced;
    private final Map<String, String> supportWritten = new HashMap<>();

    private RepoGenerator(RepoPlan plan) {
        this.plan = plan;
        this.revisions = new int[plan.files().size()];
        this.introduced = new boolean[plan.files().size()];
    }

    /** Commits in the history of a repository of this size: hundreds, fewer for toy sizes. */
    public static int commitsFor(int files) {
        return files >= 500 ? 300 : Math.max(20, files / 4);
    }

    /** Generates the repository into {@code dir} (created; must not exist) and returns its summary. */
    public static GeneratedRepo generate(RepoPlan plan, int commits, Path dir) throws IOException {
        return new RepoGenerator(plan).write(HistoryPlan.of(plan, commits), dir);
    }

    private GeneratedRepo write(List<PlannedCommit> history, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Repository repo = git.getRepository();
            StoredConfig config = repo.getConfig();
            config.setBoolean("commit", null, "gpgsign", false);
            config.setBoolean("core", null, "autocrlf", false);
            config.save();
            DirCache index = DirCache.newInCore();
            ObjectId head = null;
            long bytes = 0;
            try (ObjectInserter inserter = ((ObjectDirectory) repo.getObjectDatabase()).newPackInserter()) {
                for (PlannedCommit commit : history) {
                    DirCacheEditor editor = index.editor();
                    for (int id : commit.introduce()) {
                        introduced[id] = true;
                        bytes += stage(editor, inserter, source(id));
                    }
                    for (int id : commit.modify()) {
                        revisions[id]++;
                        bytes += stage(editor, inserter, source(id));
                    }
                    if (!commit.introduce().isEmpty()) {
                        for (Map.Entry<String, String> support : changedSupport().entrySet()) {
                            bytes += stage(editor, inserter, support);
                        }
                    }
                    editor.finish();
                    head = commit(inserter, index.writeTree(inserter), head, commit);
                }
                inserter.flush();
            }
            RefUpdate main = repo.updateRef(Constants.R_HEADS + "main");
            main.setNewObjectId(head);
            main.setRefLogMessage("memlayer bench generator", false);
            main.forceUpdate();
            git.reset().setMode(ResetCommand.ResetType.HARD).call();
            return new GeneratedRepo(dir, plan.files().size() + supportWritten.size(), history.size(),
                    totalSize(dir));
        } catch (GitAPIException e) {
            throw new IOException("generating " + dir + ": " + e.getMessage(), e);
        }
    }

    private Map.Entry<String, String> source(int id) {
        PlannedFile file = plan.file(id);
        SourceRenderer renderer = Renderers.of(file.lang());
        return Map.entry(renderer.path(file), renderer.render(file, plan::file, revisions[id]));
    }

    private Map<String, String> changedSupport() {
        List<PlannedFile> present = new ArrayList<>();
        for (PlannedFile file : plan.files()) {
            if (introduced[file.id()]) {
                present.add(file);
            }
        }
        Map<String, String> changed = new HashMap<>();
        Renderers.supportFiles(present).forEach((path, text) -> {
            if (!text.equals(supportWritten.put(path, text))) {
                changed.put(path, text);
            }
        });
        return changed;
    }

    private static long stage(DirCacheEditor editor, ObjectInserter inserter, Map.Entry<String, String> file)
            throws IOException {
        byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
        ObjectId blob = inserter.insert(Constants.OBJ_BLOB, content);
        editor.add(new DirCacheEditor.PathEdit(file.getKey()) {
            @Override
            public void apply(DirCacheEntry entry) {
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(blob);
                entry.setLength(content.length);
            }
        });
        return content.length;
    }

    private static ObjectId commit(ObjectInserter inserter, ObjectId tree, ObjectId parent, PlannedCommit planned)
            throws IOException {
        String name = Words.AUTHORS.get(planned.author());
        PersonIdent who = new PersonIdent(name, name.toLowerCase().replace(' ', '.') + "@acme.example",
                Instant.ofEpochSecond(planned.epochSecond()), ZoneOffset.UTC);
        CommitBuilder builder = new CommitBuilder();
        builder.setTreeId(tree);
        if (parent != null) {
            builder.setParentId(parent);
        }
        builder.setAuthor(who);
        builder.setCommitter(who);
        builder.setMessage(planned.message() + "\n");
        return inserter.insert(builder);
    }

    private static long totalSize(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            return paths.filter(p -> !p.startsWith(dir.resolve(".git")) && Files.isRegularFile(p))
                    .mapToLong(RepoGenerator::size).sum();
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
