package dev.memlayer.indexer.config;

import io.smallrye.config.DotEnvConfigSourceProvider;
import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
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
        return new SmallRyeConfigBuilder()
                .forClassLoader(loader)
                .addDefaultInterceptors()
                .addDefaultSources()
                .withSources(DotEnvConfigSourceProvider.dotEnvSources(loader))
                .withSources(PropertiesConfigSourceLoader.inFileSystem(workingDirConfig, 260, loader))
                .withSources(PropertiesConfigSourceLoader.inClassPath("application.properties", 250, loader))
                .withProfile("prod")
                .withMapping(IndexerConfig.class)
                .build();
    }

    public static IndexerConfig indexer(SmallRyeConfig config) {
        return config.getConfigMapping(IndexerConfig.class);
    }
}
