package dev.memlayer.indexer.extract;

import dev.memlayer.model.facts.FileFacts;

/**
 * Extracts facts from one file's content. One implementation per language or manifest format,
 * in its own {@code extract/<language>/} folder, listed once in {@link ExtractorRegistry}.
 * Implementations are stateless and thread-safe: the pipeline calls them from worker threads.
 */
public interface Extractor {

    /** Stable id stored with the facts ({@code java}, {@code python}, {@code maven-pom}, …). */
    String id();

    /**
     * Bump whenever the output for the same input changes: facts are keyed by (content hash, id,
     * version), so a new version re-extracts every file once and an old one is never misread.
     */
    int version();

    /**
     * Whether this extractor reads the file. Decides from path and language only: the pipeline
     * asks before reading (to know whether a reused file still needs extracting), with empty content.
     */
    boolean handles(SourceFile file);

    /** The facts of the file; never throws for malformed input (count parse errors instead). */
    FileFacts extract(SourceFile file);
}
