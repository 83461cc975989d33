package dev.memlayer.indexer.hook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A stand-in for scripts/memlayer that a hook can start: it appends its arguments and working
 * directory to {@code calls}, then holds its queued marker (as a real run waiting for the writer
 * lock does) until {@code release} exists, then clears the marker and appends to {@code done}.
 */
final class FakeLauncher {

    private final Path dir;

    private FakeLauncher(Path dir) {
        this.dir = dir;
    }

    static FakeLauncher create(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path script = dir.resolve("memlayer");
        Files.writeString(script, """
                #!/bin/sh
                here=$(dirname "$0")
                echo "$* cwd=$(pwd -P)" >> "$here/calls"
                while [ ! -e "$here/release" ]; do sleep 0.05; done
                rmdir "$6"
                echo done >> "$here/done"
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new FakeLauncher(dir);
    }

    Launcher launcher() {
        return Launcher.script(dir.resolve("memlayer"));
    }

    Path script() {
        return dir.resolve("memlayer");
    }

    void release() throws IOException {
        Files.writeString(dir.resolve("release"), "");
    }

    List<String> calls() {
        return lines("calls");
    }

    int done() {
        return lines("done").size();
    }

    private List<String> lines(String name) {
        try {
            Path f = dir.resolve(name);
            return Files.exists(f) ? Files.readAllLines(f) : List.of();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
