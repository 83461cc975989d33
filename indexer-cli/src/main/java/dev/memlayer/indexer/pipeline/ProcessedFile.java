package dev.memlayer.indexer.pipeline;

import dev.memlayer.indexer.extract.Extracted;
import dev.memlayer.indexer.snapshot.ManifestEntry;
import dev.memlayer.indexer.snapshot.NewContent;
import dev.memlayer.indexer.walk.SkipReason;
import java.util.List;

/**
 * The outcome for one walked file.
 *
 * @param entry   the manifest row; null when the file is left out
 * @param content   zlib content to store; null when already stored or left out
 * @param extracted facts extracted in this run (empty when all were stored already)
 * @param blobId    the git blob read for this file ({@code --rev} runs), recorded in {@code git_blobs}; else null
 * @param skipReason why a {@link Outcome#SKIPPED} file was left out; else null
 */
record ProcessedFile(Outcome outcome, ManifestEntry entry, NewContent content, List<Extracted> extracted,
        String blobId, SkipReason skipReason) {

    ProcessedFile(Outcome outcome, ManifestEntry entry, NewContent content, List<Extracted> extracted,
            String blobId) {
        this(outcome, entry, content, extracted, blobId, null);
    }

    enum Outcome {
        /** Taken from the previous snapshot without reading (same size and mtime). */
        REUSED,
        /** Read; new path or different content than the previous snapshot. */
        CHANGED,
        /** Read; same content as before (--full, a touched file, or the racy-file rule). */
        UNCHANGED,
        /** Read and left out: binary content, grown past the cap, a private key, or unreadable. */
        SKIPPED,
        /** Gone between the walk and the read. */
        VANISHED
    }

    static ProcessedFile leftOut(Outcome outcome, SkipReason reason) {
        return new ProcessedFile(outcome, null, null, List.of(), null, reason);
    }
}
