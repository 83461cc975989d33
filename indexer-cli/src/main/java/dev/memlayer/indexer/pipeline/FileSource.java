package dev.memlayer.indexer.pipeline;

import dev.memlayer.indexer.walk.WalkedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;

/**
 * Where a walked file's bytes come from: the working tree, or git objects ({@code index --rev}).
 * Thread-safe: workers read concurrently.
 */
interface FileSource {

    /** The file's bytes, or null when it is larger than {@code maxBytes}. */
    byte[] read(WalkedFile file, long maxBytes) throws IOException;

    static FileSource workingTree(Path root) {
        return (file, maxBytes) -> {
            Path path = root.resolve(file.path());
            // a named pipe or device passes the walk as a file; opening one blocks the run forever
            if (!Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
                throw new IOException("not a regular file: " + file.path());
            }
            // never through a link: one swapped in after the walk must not lead outside the repository
            try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
                byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                return data.length > maxBytes ? null : data;
            }
        };
    }

    /** Reads blobs by id; {@code Repository.open} uses a fresh object reader per call, so it is thread-safe. */
    static FileSource gitObjects(Repository repo) {
        return (file, maxBytes) -> {
            ObjectLoader loader = repo.open(ObjectId.fromString(file.blobId()), Constants.OBJ_BLOB);
            return loader.getSize() > maxBytes ? null : loader.getCachedBytes((int) Math.min(Integer.MAX_VALUE - 8,
                    maxBytes));
        };
    }
}
