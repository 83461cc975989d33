package dev.memlayer.indexer.resolve;

import java.util.Optional;

/**
 * What import rules may consult: the snapshot's paths and the text of small project files
 * ({@code go.mod}, {@code tsconfig.json}, {@code Cargo.toml}, …) read from stored content, never
 * from disk. Implementations cache text per path; rules may call {@link #text} freely.
 */
public interface ResolveContext {

    PathIndex paths();

    /** The UTF-8 text of a snapshot file, or empty when the path is not in the snapshot. */
    Optional<String> text(String path);
}
