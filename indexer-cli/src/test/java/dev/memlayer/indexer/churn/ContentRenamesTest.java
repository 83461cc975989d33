package dev.memlayer.indexer.churn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import org.junit.jupiter.api.Test;

class ContentRenamesTest extends ChurnDbTestCase {

    @Test
    void withoutRoomToKeepIndexes_findsTheSamePairs() throws Exception {
        for (String name : List.of("Alpha", "Beta", "Gamma", "Delta")) {
            history.write("old/" + name + ".java", "package old;\n" + body(name));
        }
        history.commit("alice", 0);
        for (String name : List.of("Alpha", "Beta", "Gamma", "Delta")) {
            history.delete("old/" + name + ".java").write("renamed/" + name + ".java", "package renamed;\n" + body(name));
        }
        RevCommit tip = history.commit("alice", 1);

        try (ObjectReader reader = db.repository.newObjectReader(); RevWalk walk = new RevWalk(reader);
                DiffFormatter formatter = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            formatter.setReader(reader, new Config());
            RevCommit commit = walk.parseCommit(tip);
            List<DiffEntry> entries = formatter.scan(walk.parseCommit(commit.getParent(0)).getTree(), commit.getTree());
            List<DiffEntry> deleted = entries.stream().filter(e -> e.getChangeType() == DiffEntry.ChangeType.DELETE).toList();
            List<DiffEntry> added = entries.stream().filter(e -> e.getChangeType() == DiffEntry.ChangeType.ADD).toList();

            List<String> kept = pairs(new ContentRenames(reader, 1 << 20).find(deleted, added));
            List<String> recomputed = pairs(new ContentRenames(reader, 1 << 20, 0).find(deleted, added));

            assertThat(kept).containsExactlyInAnyOrder("old/Alpha.java -> renamed/Alpha.java",
                    "old/Beta.java -> renamed/Beta.java", "old/Delta.java -> renamed/Delta.java",
                    "old/Gamma.java -> renamed/Gamma.java");
            assertThat(recomputed).isEqualTo(kept);
        }
    }

    private static List<String> pairs(List<ContentRenames.Pair> pairs) {
        return pairs.stream().map(p -> p.deleted().getOldPath() + " -> " + p.added().getNewPath()).toList();
    }

    private static String body(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            sb.append("    int ").append(name.toLowerCase()).append(i).append(" = ").append(i * 7).append(";\n");
        }
        return sb.toString();
    }
}
