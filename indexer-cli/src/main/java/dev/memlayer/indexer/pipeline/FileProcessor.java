package dev.memlayer.indexer.pipeline;

import dev.memlayer.indexer.hash.ContentHasher;
import dev.memlayer.indexer.hash.FileDigest;
import dev.memlayer.indexer.hash.ReusePolicy;
import dev.memlayer.indexer.lexical.LexicalDocumentBuilder;
import dev.memlayer.indexer.pipeline.ProcessedFile.Outcome;
import dev.memlayer.indexer.snapshot.ContentCodec;
import dev.memlayer.indexer.snapshot.ManifestEntry;
import dev.memlayer.indexer.snapshot.NewContent;
import dev.memlayer.indexer.snapshot.PreviousSnapshot;
import dev.memlayer.indexer.walk.SkipRules;
import dev.memlayer.indexer.walk.WalkedFile;
import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Turns a walked file into a manifest row: reuse the previous row, or read the file (bounded by
 * the size cap), sniff for binary content, hash, count lines, and compress content the database
 * may not hold yet. Thread-safe: called from the run's worker threads.
 */
final class FileProcessor {

    private final Path root;
    private final ContentHasher hasher;
    private final ReusePolicy reuse;
    private final PreviousSnapshot previous;
    private final Set<String> storedHashes;
    private final long maxFileBytes;

    FileProcessor(Path root, ContentHasher hasher, ReusePolicy reuse, PreviousSnapshot previous, long maxFileBytes) {
        this.root = root;
        this.hasher = hasher;
        this.reuse = reuse;
        this.previous = previous;
        this.storedHashes = previous.contentHashes();
        this.maxFileBytes = maxFileBytes;
    }

    ProcessedFile process(WalkedFile f) {
        ManifestEntry before = previous.manifest().get(f.path());
        if (before != null && reuse.canReuse(f.size(), f.mtimeMs(), before.size(), before.mtimeMs())) {
            return new ProcessedFile(Outcome.REUSED, before, null);
        }
        byte[] data;
        try {
            data = read(root.resolve(f.path()));
        } catch (NoSuchFileException e) {
            return ProcessedFile.leftOut(Outcome.VANISHED);
        } catch (IOException e) {
            return ProcessedFile.leftOut(Outcome.SKIPPED);
        }
        if (data == null || SkipRules.looksBinary(data, data.length)) {
            return ProcessedFile.leftOut(Outcome.SKIPPED);
        }
        FileDigest digest = hasher.digest(data, data.length);
        ManifestEntry entry = new ManifestEntry(f.path(), digest.contentHash(), data.length, f.mtimeMs(),
                Language.ofPath(f.path()).id(), digest.lines());
        NewContent content = storedHashes.contains(digest.contentHash())
                ? null
                : new NewContent(digest.contentHash(), data.length, ContentCodec.deflate(data, data.length),
                        // lexical: pass the file's extracted facts here once extraction is wired
                        LexicalDocumentBuilder.build(new String(data, StandardCharsets.UTF_8), FileFacts.EMPTY));
        boolean same = before != null && before.contentHash().equals(digest.contentHash());
        return new ProcessedFile(same ? Outcome.UNCHANGED : Outcome.CHANGED, entry, content);
    }

    /** The file's bytes, or null when it has grown past the cap since the walk. */
    private byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            return data.length > maxFileBytes ? null : data;
        }
    }
}
