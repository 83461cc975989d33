package dev.memlayer.indexer.git;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.zip.InflaterInputStream;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * HEAD's commit and tree ids without opening a pack index when that can be helped. JGit looks an
 * object up in the packs before the loose objects, and the first lookup reads a whole pack index into
 * memory (11 MB, ~0.2 s for prettier); right after a commit, HEAD's commit is a loose object, and the
 * commit id is in the refs.
 */
public final class HeadIds {

    private static final byte[] COMMIT_TREE = "commit ".getBytes(StandardCharsets.US_ASCII);

    private HeadIds() {
    }

    /** HEAD's commit id, read from the refs; null before the first commit. */
    public static ObjectId commit(Repository repo) throws IOException {
        Ref head = repo.exactRef(Constants.HEAD);
        return head == null ? null : head.getObjectId();
    }

    /** The tree of HEAD's commit ({@code HEAD^{tree}}); null before the first commit. */
    public static ObjectId tree(Repository repo) throws IOException {
        ObjectId commit = commit(repo);
        if (commit == null) {
            return null;
        }
        ObjectId loose = looseCommitTree(repo, commit);
        return loose != null ? loose : repo.resolve(commit.name() + "^{tree}");
    }

    /**
     * The tree line of a loose commit object ({@code commit <size>\0tree <hex>\n…}, deflated); null when
     * the object is not loose or does not read as a commit, and the object database answers instead.
     */
    static ObjectId looseCommitTree(Repository repo, ObjectId commit) throws IOException {
        if (!(repo.getObjectDatabase() instanceof ObjectDirectory objects)) {
            return null;
        }
        File file = objects.fileFor(commit);
        byte[] head = new byte[128];
        int n = 0;
        try (InputStream in = new InflaterInputStream(Files.newInputStream(file.toPath()))) {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                n += r;
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null; // not a valid loose object: the object database says what it is
        }
        int nul = 0;
        while (nul < n && head[nul] != 0) {
            nul++;
        }
        int tree = nul + 1;
        boolean isCommit = Arrays.equals(head, 0, COMMIT_TREE.length, COMMIT_TREE, 0, COMMIT_TREE.length);
        if (!isCommit || tree + 5 + Constants.OBJECT_ID_STRING_LENGTH > n
                || !new String(head, tree, 5, StandardCharsets.US_ASCII).equals("tree ")) {
            return null;
        }
        String hex = new String(head, tree + 5, Constants.OBJECT_ID_STRING_LENGTH, StandardCharsets.US_ASCII);
        return ObjectId.isId(hex) ? ObjectId.fromString(hex) : null;
    }
}
