package dev.memlayer.indexer.config;

import io.smallrye.config.DotEnvConfigSourceProvider;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SysPropConfigSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The indexer's settings when it runs without Quarkus ({@code cli.StandaloneIndex}): the sources a
 * Quarkus application reads in production, at the same ordinals (system properties 400, environment
 * 300, {@code .env} in the working directory 295, {@code config/application.properties} there 260,
 * {@code application.properties} on the class path 250), the {@code prod} profile and {@code ${…}}
 * expressions, mapped onto the same {@link IndexerConfig} with its defaults.
 */
public final class StandaloneConfig {

    private StandaloneConfig() {
    }

    public static SmallRyeConfig load() {
        ClassLoader loader = StandaloneConfig.class.getClassLoader();
        String workingDirConfig = Path.of("config", "application.properties").toAbsolutePath().toUri().toString();
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .forClassLoader(loader)
                .addDefaultInterceptors()
                .withSources(new SysPropConfigSource(), new EnvConfigSource(System.getenv(), 300))
                .withSources(DotEnvConfigSourceProvider.dotEnvSources(loader))
                .withSources(PropertiesConfigSourceLoader.inFileSystem(workingDirConfig, 260, loader));
        URL bundled = StandaloneConfig.class.getResource("/application.properties");
        if (bundled != null) {
            try {
                builder.withSources(new PropertiesConfigSource(bundled, 250));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return builder
                .withProfile("prod")
                .withMapping(IndexerConfig.class)
                .build();
    }

    public static IndexerConfig indexer(SmallRyeConfig config) {
        return config.getConfigMapping(IndexerConfig.class);
    }
}
