package dev.memlayer.indexer.churn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content renames found through {@link CachedBlobSource} are the ones JGit's own detector finds, while
 * each blob is read from the repository at most once per commit.
 */
class CommitDifferRenamesTest {

    @TempDir
    Path dir;

    @Test
    void sameRenamesAsJGitWithEachBlobReadOnce() throws Exception {
        try (ScriptedHistory h = new ScriptedHistory(dir)) {
            for (int i = 0; i < 12; i++) {
                h.write("old/File" + i + ".java", body(i, ""));
            }
            h.write("old/Other.java", "class Other {}\n");
            RevCommit before = h.commit("ann", 1);
            for (int i = 0; i < 12; i++) {
                h.delete("old/File" + i + ".java");
                // edited while moved: only a content rename pairs them; two lose enough to stay add + delete
                String edit = i < 10 ? "    int extra" + i + ";\n" : "x".repeat(4000);
                h.write("new/Moved" + i + ".java", body(i, edit));
            }
            RevCommit after = h.commit("ann", 2);
            Repository repo = h.repo.git().getRepository();
            try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader);
                    CommitDiffer differ = new CommitDiffer(reader, walk)) {
                List<FileChange> ours = differ.diff(walk.parseCommit(after));

                assertThat(ours).isEqualTo(jgitChanges(repo, before, after));
                assertThat(ours).filteredOn(c -> c.change() == FileChange.RENAMED).hasSize(10)
                        .contains(new FileChange("new/Moved3.java", FileChange.RENAMED, "old/File3.java"));
                assertThat(ours).extracting(FileChange::path)
                        .contains("old/File10.java", "old/File11.java", "new/Moved10.java", "new/Moved11.java");
            }
            try (ObjectReader reader = repo.newObjectReader()) {
                CachedBlobSource blobs = new CachedBlobSource(reader);
                var added = h.repo.git().getRepository().resolve(after.name() + ":new/Moved0.java");
                byte[] first = blobs.open("new/Moved0.java", added).getCachedBytes();
                byte[] again = blobs.open("new/Moved0.java", added).getCachedBytes();
                assertThat(again).isEqualTo(first);
                assertThat(blobs.size("new/Moved0.java", added)).isEqualTo(first.length);
                assertThat(blobs.reads()).isEqualTo(1);
            }
        }
    }

    /** JGit's detector reading blobs its own way, turned into changes as {@link CommitDiffer} does. */
    private static List<FileChange> jgitChanges(Repository repo, RevCommit before, RevCommit after)
            throws Exception {
        try (DiffFormatter f = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            Config defaults = new Config();
            f.setReader(repo.newObjectReader(), defaults);
            List<DiffEntry> entries = f.scan(before.getTree(), after.getTree());
            RenameDetector rd = new RenameDetector(repo.newObjectReader(), defaults.get(DiffConfig.KEY));
            rd.setRenameLimit(CommitDiffer.CONTENT_RENAME_MAX_FILES);
            rd.addAll(entries);
            List<FileChange> out = new ArrayList<>();
            for (DiffEntry e : rd.compute()) {
                out.add(switch (e.getChangeType()) {
                    case ADD, COPY -> new FileChange(e.getNewPath(), FileChange.ADDED, null);
                    case MODIFY -> new FileChange(e.getNewPath(), FileChange.MODIFIED, null);
                    case DELETE -> new FileChange(e.getOldPath(), FileChange.DELETED, null);
                    case RENAME -> new FileChange(e.getNewPath(), FileChange.RENAMED, e.getOldPath());
                });
            }
            return out;
        }
    }

    private static String body(int i, String edit) {
        StringBuilder s = new StringBuilder("package p;\n\nclass File" + i + " {\n");
        for (int line = 0; line < 30; line++) {
            s.append("    int field").append(i).append('_').append(line).append(" = ").append(line * i).append(";\n");
        }
        return s.append(edit).append("}\n").toString();
    }
}
