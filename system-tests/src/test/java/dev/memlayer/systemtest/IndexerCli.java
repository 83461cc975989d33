package dev.memlayer.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged indexer ({@code memlayer …}) as a child process, as the hook and cron do. */
final class IndexerCli {

    private static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");

    /** What one finished run printed. */
    record Result(int exitCode, String out, String err) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    /** A started run; stdout and stderr go to files. */
    record Run(Process process, Path out, Path err) {

        /** Waits for the end (at most two minutes). */
        Result finish() throws IOException, InterruptedException {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("memlayer did not finish within 120 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }

        /** SIGKILL (destroyForcibly on Unix): no shutdown hook, no finally block runs. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private final Path db;
    private final Path logs;

    IndexerCli(Path db, Path logs) {
        this.db = db;
        this.logs = logs;
    }

    /** Starts {@code memlayer <args> --db DB} with extra JVM options (e.g. {@code -Dmemlayer.lock-wait-seconds=1}). */
    Run start(List<String> jvmOptions, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(db.toString());
        List<String> jvm = new ArrayList<>(JVM);
        // the class-data sharing archive built with the jar, as scripts/memlayer uses it
        Path cds = Apps.indexerJar().resolveSibling("app-cds.jsa");
        if (Files.isRegularFile(cds)) {
            jvm.add("-XX:SharedArchiveFile=" + cds);
            jvm.add("-Xshare:auto");
            // an archive that fails to map (address space layout) is only slower, never an error line
            jvm.add("-Xlog:cds=off,cds+dynamic=off");
        }
        jvm.addAll(jvmOptions);
        Files.createDirectories(logs);
        Path out = Files.createTempFile(logs, args[0] + "-", ".out");
        Path err = out.resolveSibling(out.getFileName() + ".err");
        Process p = new ProcessBuilder(Apps.command(Apps.indexerJar(), jvm, all))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        p.getOutputStream().close();
        return new Run(p, out, err);
    }

    Run start(String... args) throws IOException {
        return start(List.of(), args);
    }

    Result run(String... args) throws IOException, InterruptedException {
        return start(args).finish();
    }
}
