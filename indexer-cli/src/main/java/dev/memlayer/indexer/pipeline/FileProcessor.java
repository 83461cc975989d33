package dev.memlayer.indexer.pipeline;

import dev.memlayer.indexer.extract.Extracted;
import dev.memlayer.indexer.extract.ExtractionKey;
import dev.memlayer.indexer.extract.Extractor;
import dev.memlayer.indexer.extract.ExtractorRegistry;
import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.indexer.hash.ContentHasher;
import dev.memlayer.indexer.hash.FileDigest;
import dev.memlayer.indexer.hash.ReusePolicy;
import dev.memlayer.indexer.pipeline.ProcessedFile.Outcome;
import dev.memlayer.indexer.snapshot.ContentCodec;
import dev.memlayer.indexer.snapshot.ManifestEntry;
import dev.memlayer.indexer.snapshot.NewContent;
import dev.memlayer.indexer.snapshot.PreviousSnapshot;
import dev.memlayer.indexer.walk.SkipRules;
import dev.memlayer.indexer.walk.WalkedFile;
import dev.memlayer.model.facts.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Turns a walked file into a manifest row: reuse the previous row, or read the file (bounded by
 * the size cap), sniff for binary content, hash, count lines, compress content the database
 * may not hold yet, and extract facts for every (content, extractor version) not stored yet. A
 * file that could be reused is still read when one of its extractions is missing (a new extractor
 * version). Thread-safe: called from the run's worker threads.
 */
final class FileProcessor {

    private final Path root;
    private final ContentHasher hasher;
    private final ReusePolicy reuse;
    private final PreviousSnapshot previous;
    private final Set<String> storedHashes;
    private final long maxFileBytes;
    private final ExtractorRegistry extractors;
    private final Set<ExtractionKey> storedExtractions;

    private static final Logger LOG = Logger.getLogger(FileProcessor.class);

    FileProcessor(Path root, ContentHasher hasher, ReusePolicy reuse, PreviousSnapshot previous, long maxFileBytes,
            ExtractorRegistry extractors, Set<ExtractionKey> storedExtractions) {
        this.root = root;
        this.hasher = hasher;
        this.reuse = reuse;
        this.previous = previous;
        this.storedHashes = previous.contentHashes();
        this.maxFileBytes = maxFileBytes;
        this.extractors = extractors;
        this.storedExtractions = storedExtractions;
    }

    ProcessedFile process(WalkedFile f) {
        ManifestEntry before = previous.manifest().get(f.path());
        if (before != null && reuse.canReuse(f.size(), f.mtimeMs(), before.size(), before.mtimeMs())
                && missingExtractors(before.path(), before.contentHash()).isEmpty()) {
            return new ProcessedFile(Outcome.REUSED, before, null, List.of());
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
                : new NewContent(digest.contentHash(), data.length, ContentCodec.deflate(data, data.length));
        boolean same = before != null && before.contentHash().equals(digest.contentHash());
        return new ProcessedFile(same ? Outcome.UNCHANGED : Outcome.CHANGED, entry, content,
                extract(f.path(), digest.contentHash(), data));
    }

    /** Extractors that read this path and have no stored facts for this content at their version. */
    private List<Extractor> missingExtractors(String path, String contentHash) {
        SourceFile byName = new SourceFile(path, Language.ofPath(path), new byte[0]);
        List<Extractor> missing = new ArrayList<>();
        for (Extractor e : extractors.forFile(byName)) {
            if (!storedExtractions.contains(ExtractionKey.of(contentHash, e))) {
                missing.add(e);
            }
        }
        return missing;
    }

    private List<Extracted> extract(String path, String contentHash, byte[] data) {
        List<Extractor> missing = missingExtractors(path, contentHash);
        if (missing.isEmpty()) {
            return List.of();
        }
        SourceFile file = new SourceFile(path, Language.ofPath(path), data);
        List<Extracted> out = new ArrayList<>(missing.size());
        for (Extractor e : missing) {
            try {
                out.add(new Extracted(ExtractionKey.of(contentHash, e), e.extract(file)));
            } catch (RuntimeException ex) {
                // an extractor bug must not lose the file: it stays indexed (path, content, lexical)
                LOG.warnf("extractor %s failed on %s: %s", e.id(), path, ex.toString());
            }
        }
        return out;
    }

    /** The file's bytes, or null when it has grown past the cap since the walk. */
    private byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            return data.length > maxFileBytes ? null : data;
        }
    }
}
