package dev.memlayer.indexer.walk;

/** Why a file (or a whole directory) was left out of a snapshot. */
public enum SkipReason {
    /**
     * Keys, certificates, .env files, credential stores, files holding a private key block: must
     * never enter the database ({@link dev.memlayer.indexer.secrets.SecretRules}).
     */
    SECRET,
    /** Dependency, build-output and tool directories ({@code node_modules}, {@code target}, …). */
    VENDORED,
    /** Minified bundles, source maps, lock files: machine-written, noise for a reader. */
    GENERATED,
    /** Larger than {@code memlayer.max-file-bytes}. */
    OVERSIZE,
    /** A known binary extension, or a NUL byte in the first 8 KiB. */
    BINARY,
    /** Symbolic links are never followed (they may point outside the repository). */
    SYMLINK,
    /** Listed by git but its object is missing from the clone (a partial or shallow clone). */
    MISSING_OBJECT,
    /** Listed by the walk but could not be read (permissions, a special file, an I/O error). */
    UNREADABLE
}
