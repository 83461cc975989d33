package dev.memlayer.systemtest;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the two packaged applications are, the command line that runs one, and a port to run a service on. */
final class Apps {

    private Apps() {
    }

    static Path indexerJar() {
        return jar("memlayer.indexer.jar", "indexer-cli");
    }

    static Path serviceJar() {
        return jar("memlayer.service.jar", "query-service");
    }

    /** {@code java [jvmOptions] -jar JAR args…} with the JVM running these tests. */
    static List<String> command(Path jar, List<String> jvmOptions, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(args);
        return cmd;
    }

    /** A TCP port free right now, for a service started next. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Path jar(String property, String module) {
        Path jar = Path.of(System.getProperty(property, "../" + module + "/target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(module + " is not packaged (no " + jar + "); run: mvn -B -DskipTests package");
        }
        return jar;
    }
}
