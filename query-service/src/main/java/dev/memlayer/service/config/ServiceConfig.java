package dev.memlayer.service.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Every setting of the query service, read once at startup (prefix {@code memlayer}). */
@ConfigMapping(prefix = "memlayer")
public interface ServiceConfig {

    /** Database file; when absent, {@code MEMLAYER_DB}, else the default location (DatabaseLocation). */
    Optional<String> db();

    /** How often the catalog looks for newly published snapshots, off the request path. */
    @WithDefault("500ms")
    Duration refreshInterval();

    /** Reader connections in the pool; requests mostly read in-memory views, contents come by hash. */
    @WithDefault("16")
    int poolSize();

    /** Older snapshot versions kept loaded for requests that ask for one explicitly. */
    @WithDefault("8")
    int versionCacheSize();

    /** Decompressed file contents kept in memory, in characters (content is immutable by hash). */
    @WithDefault("16000000")
    long contentCacheChars();

    /**
     * Bearer token every request must carry when set (env {@code MEMLAYER_TOKEN}); unset, the
     * service relies on listening on loopback only.
     */
    Optional<String> token();

    /**
     * Longest a client may take to send a request once its headers have arrived: a body that trickles
     * in byte by byte (each byte resetting {@code quarkus.http.idle-timeout}) is answered 408 and the
     * connection closed after this. Only reading counts; the time to compute an answer does not.
     */
    @WithDefault("10s")
    Duration requestReadTimeout();

    /**
     * Requests that plan and assemble at once ({@code /v1/context}, {@code /v1/explore} and their MCP
     * tools); the rest wait their turn ({@code context.PlanningSlots}). Unset: one per core.
     */
    Optional<Integer> planningSlots();

    /** Longest a request waits for a planning slot before a 503 {@code busy}. */
    @WithDefault("10s")
    Duration planningWait();

    /** Request limits: longest task text, budget range. */
    Limits limits();

    interface Limits {
        @WithDefault("20000")
        int maxTaskChars();

        @WithDefault("64")
        int minBudget();

        @WithDefault("200000")
        int maxBudget();

        @WithDefault("200")
        int maxPinned();

        @WithDefault("200")
        int maxExclude();

        /** Longest pinned path or exclude glob, in characters (PATH_MAX on Linux). */
        @WithDefault("4096")
        int maxPathChars();
    }
}
