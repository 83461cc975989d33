package dev.memlayer.indexer.pipeline;

import dev.memlayer.indexer.extract.Extracted;
import dev.memlayer.indexer.extract.ExtractionKey;
import dev.memlayer.indexer.extract.Extractor;
import dev.memlayer.indexer.extract.ExtractorRegistry;
import dev.memlayer.indexer.extract.ParseWorth;
import dev.memlayer.indexer.extract.ScriptLanguage;
import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.indexer.hash.ContentHasher;
import dev.memlayer.indexer.hash.FileDigest;
import dev.memlayer.indexer.hash.ReusePolicy;
import dev.memlayer.indexer.lexical.LexicalDocumentBuilder;
import dev.memlayer.indexer.pipeline.ProcessedFile.Outcome;
import dev.memlayer.indexer.snapshot.ContentCodec;
import dev.memlayer.indexer.snapshot.ManifestEntry;
import dev.memlayer.indexer.snapshot.NewContent;
import dev.memlayer.indexer.snapshot.PreviousSnapshot;
import dev.memlayer.indexer.secrets.SecretRules;
import dev.memlayer.indexer.walk.SkipReason;
import dev.memlayer.indexer.walk.SkipRules;
import dev.memlayer.indexer.walk.WalkedFile;
import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Turns a walked file into a manifest row: reuse the previous row, or read the file (bounded by
 * the size cap), sniff for binary content, leave out a private key and mask secret values
 * ({@link SecretRules}), hash, count lines, compress content the database
 * may not hold yet, and extract facts for every (content, extractor version) not stored yet. A
 * file that could be reused is still read when one of its extractions is missing (a new extractor
 * version). Thread-safe: called from the run's worker threads.
 */
final class FileProcessor {

    private final FileSource source;
    private final Map<String, String> knownBlobs;
    private final ContentHasher hasher;
    private final ReusePolicy reuse;
    private final PreviousSnapshot previous;
    private final Set<String> storedHashes;
    private final long maxFileBytes;
    private final ExtractorRegistry extractors;
    private final Set<ExtractionKey> storedExtractions;

    private static final Logger LOG = Logger.getLogger(FileProcessor.class);

    /**
     * @param knownBlobs git blob id → content hash of blobs read before ({@code git_blobs}); lets a
     *                   {@code --rev} run reuse a file without reading its blob
     */
    FileProcessor(FileSource source, Map<String, String> knownBlobs, ContentHasher hasher, ReusePolicy reuse,
            PreviousSnapshot previous, long maxFileBytes, ExtractorRegistry extractors,
            Set<ExtractionKey> storedExtractions) {
        this.source = source;
        this.knownBlobs = knownBlobs;
        this.hasher = hasher;
        this.reuse = reuse;
        this.previous = previous;
        this.storedHashes = previous.contentHashes();
        this.maxFileBytes = maxFileBytes;
        this.extractors = extractors;
        this.storedExtractions = storedExtractions;
    }

    /**
     * The previous snapshot's row when the file can be taken from it without being read, else null.
     * Cheap (a map lookup and a stat comparison), so a run asks this on its writing thread and hands
     * only the files to read to its workers: after a 1-file commit that is one file of thousands.
     */
    ProcessedFile reused(WalkedFile f) {
        ManifestEntry before = previous.manifest().get(f.path());
        if (before != null && canReuse(f, before) && missingExtractors(before.path(), before.contentHash()).isEmpty()) {
            return new ProcessedFile(Outcome.REUSED, before, null, List.of(), null);
        }
        return null;
    }

    /** Reads the file: for one {@link #reused} turned down. */
    ProcessedFile read(WalkedFile f) {
        ManifestEntry before = previous.manifest().get(f.path());
        byte[] data;
        try {
            data = source.read(f, maxFileBytes);
        } catch (NoSuchFileException e) {
            return ProcessedFile.leftOut(Outcome.VANISHED, null);
        } catch (IOException e) {
            return ProcessedFile.leftOut(Outcome.SKIPPED, SkipReason.UNREADABLE);
        }
        if (data == null) {
            return ProcessedFile.leftOut(Outcome.SKIPPED, SkipReason.OVERSIZE);
        }
        if (SkipRules.looksBinary(data, data.length)) {
            return ProcessedFile.leftOut(Outcome.SKIPPED, SkipReason.BINARY);
        }
        if (SecretRules.containsPrivateKey(data, data.length)) {
            return ProcessedFile.leftOut(Outcome.SKIPPED, SkipReason.SECRET);
        }
        // before anything derives from the bytes: hash, stored content, lexical rows and facts
        data = SecretRules.redact(data, data.length);
        FileDigest digest = hasher.digest(data, data.length);
        ManifestEntry entry = new ManifestEntry(f.path(), digest.contentHash(), data.length, f.mtimeMs(),
                Language.ofPath(f.path()).id(), digest.lines());
        List<Extracted> extracted = extract(f.path(), digest.contentHash(), data, digest.lines());
        NewContent content = storedHashes.contains(digest.contentHash())
                ? null
                : new NewContent(digest.contentHash(), data.length, ContentCodec.deflate(data, data.length),
                        LexicalDocumentBuilder.build(new String(data, StandardCharsets.UTF_8), merged(extracted)));
        boolean same = before != null && before.contentHash().equals(digest.contentHash());
        return new ProcessedFile(same ? Outcome.UNCHANGED : Outcome.CHANGED, entry, content, extracted,
                f.blobId());
    }

    /** The facts of every extractor that read the content, as one (a build.gradle.kts is code and manifest). */
    private static FileFacts merged(List<Extracted> extracted) {
        if (extracted.isEmpty()) {
            return FileFacts.EMPTY;
        }
        if (extracted.size() == 1) {
            return extracted.get(0).facts();
        }
        List<FileFacts> all = extracted.stream().map(Extracted::facts).toList();
        return new FileFacts(
                all.stream().flatMap(x -> x.symbols().stream()).toList(),
                all.stream().flatMap(x -> x.imports().stream()).toList(),
                all.stream().flatMap(x -> x.calls().stream()).toList(),
                all.stream().flatMap(x -> x.typeRelations().stream()).toList(),
                all.stream().flatMap(x -> x.dependencies().stream()).toList(),
                all.stream().flatMap(x -> x.comments().stream()).toList(),
                all.stream().flatMap(x -> x.strings().stream()).toList(),
                all.stream().mapToInt(FileFacts::parseErrors).sum());
    }

    private boolean canReuse(WalkedFile f, ManifestEntry before) {
        return f.fromGit()
                ? reuse.canReuseBlob(knownBlobs.get(f.blobId()), before.contentHash())
                : reuse.canReuse(f.size(), f.mtimeMs(), before.size(), before.mtimeMs());
    }

    /**
     * Extractors that read this path and have no stored facts for this content at their version. Judged by the
     * name alone when the file is not read: an unchanged script ({@link ScriptLanguage}) was parsed when it was.
     */
    private List<Extractor> missingExtractors(String path, String contentHash) {
        return missingExtractors(new SourceFile(path, Language.ofPath(path), new byte[0]), contentHash);
    }

    private List<Extractor> missingExtractors(SourceFile file, String contentHash) {
        List<Extractor> missing = new ArrayList<>();
        for (Extractor e : extractors.forFile(file)) {
            if (!storedExtractions.contains(ExtractionKey.of(contentHash, e))) {
                missing.add(e);
            }
        }
        return missing;
    }

    private List<Extracted> extract(String path, String contentHash, byte[] data, int lines) {
        SourceFile file = new SourceFile(path, ScriptLanguage.of(path, data), data);
        List<Extractor> missing = missingExtractors(file, contentHash);
        if (missing.isEmpty()) {
            return List.of();
        }
        List<Extracted> out = new ArrayList<>(missing.size());
        if (!ParseWorth.worthParsing(file.language(), data.length, lines)) {
            // stored as empty facts, so an unchanged bundle is not read again by the next run
            for (Extractor e : missing) {
                out.add(new Extracted(ExtractionKey.of(contentHash, e), FileFacts.EMPTY));
            }
            return out;
        }
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
}
