package dev.memlayer.service.read;

import dev.memlayer.service.config.ServiceConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/** Real read-side components over a database the real indexer wrote, without starting Quarkus. */
public final class LoadedViews {

    private LoadedViews() {
    }

    public static ServiceConfig config(Path db) {
        return new ServiceConfig() {
            @Override
            public Optional<String> db() {
                return Optional.of(db.toString());
            }

            @Override
            public Duration refreshInterval() {
                return Duration.ofMillis(500);
            }

            @Override
            public int poolSize() {
                return 4;
            }

            @Override
            public int versionCacheSize() {
                return 2;
            }

            @Override
            public long contentCacheChars() {
                return 4_000_000;
            }

            @Override
            public Optional<String> token() {
                return Optional.empty();
            }

            @Override
            public Duration requestReadTimeout() {
                return Duration.ofSeconds(10);
            }

            @Override
            public Optional<Integer> planningSlots() {
                return Optional.empty();
            }

            @Override
            public Duration planningWait() {
                return Duration.ofSeconds(10);
            }

            @Override
            public Limits limits() {
                throw new UnsupportedOperationException("not needed below the API");
            }
        };
    }

    public static ReaderPool pool(Path db) {
        return new ReaderPool(config(db));
    }

    public static SnapshotView load(ReaderPool pool, String projectId, long version) throws SQLException {
        try (Connection c = pool.connection()) {
            return SnapshotLoader.load(c, projectId, version).orElseThrow();
        }
    }

    public static void close(ReaderPool pool) {
        pool.close();
    }
}
