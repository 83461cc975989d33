package dev.memlayer.service.read;

import dev.memlayer.schema.DatabaseLocation;
import dev.memlayer.schema.SqliteSettings;
import dev.memlayer.service.config.ServiceConfig;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The service's only way to the database: an Agroal pool of read-only SQLite connections
 * ({@code mode=ro} plus {@code PRAGMA query_only=1} on every new connection, autocommit, no
 * transactions). Built here rather than from {@code quarkus.datasource.*} so that the path comes
 * from {@link DatabaseLocation}, the one rule the indexer applies too ({@code memlayer.db}, else
 * {@code MEMLAYER_DB}, else the default file). The pool opens nothing until asked, so the service
 * starts without a database.
 */
@ApplicationScoped
public class ReaderPool {

    private final Path db;
    private final AgroalDataSource dataSource;

    public ReaderPool(ServiceConfig config) {
        this.db = DatabaseLocation.resolve(config.db().orElse(null));
        AgroalDataSourceConfigurationSupplier supplier = new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool
                        .initialSize(0)
                        .minSize(0)
                        .maxSize(config.poolSize())
                        .acquisitionTimeout(Duration.ofSeconds(5))
                        .connectionFactoryConfiguration(factory -> factory
                                .connectionProviderClass(org.sqlite.JDBC.class)
                                .jdbcUrl(SqliteSettings.readerUrl(db))
                                .jdbcProperty("busy_timeout", Integer.toString(SqliteSettings.BUSY_TIMEOUT_MS))
                                .initialSql(SqliteSettings.READER_INIT_SQL)
                                .autoCommit(true)));
        try {
            this.dataSource = AgroalDataSource.from(supplier);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the reader pool for " + db + ": " + e.getMessage(), e);
        }
    }

    /** The database file this service reads. */
    public Path databasePath() {
        return db;
    }

    /** A pooled read-only connection; close it to give it back. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Drops every pooled connection, e.g. after the file disappeared (they point at the old inode). */
    void flush() {
        dataSource.flush(AgroalDataSource.FlushMode.ALL);
    }

    @PreDestroy
    void close() {
        dataSource.close();
    }
}
