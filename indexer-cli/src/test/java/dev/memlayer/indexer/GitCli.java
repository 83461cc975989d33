package dev.memlayer.indexer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The real {@code git} binary in a temp repository, as users run it: hooks fire only for the git
 * command line, never for JGit. The user's global and system git config are kept out.
 */
public final class GitCli {

    private final Path dir;
    private final Map<String, String> env;

    private GitCli(Path dir, Map<String, String> env) {
        this.dir = dir;
        this.env = env;
    }

    /** {@code git init -b main} in {@code dir} with a test identity. */
    public static GitCli init(Path dir, Path globalConfig, Map<String, String> env) throws IOException {
        Files.createDirectories(dir);
        if (!Files.exists(globalConfig)) {
            Files.writeString(globalConfig, "[user]\n\tname = Test\n\temail = test@example.com\n"
                    + "[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n");
        }
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("GIT_CONFIG_GLOBAL", globalConfig.toString());
        all.put("GIT_CONFIG_NOSYSTEM", "1");
        GitCli git = new GitCli(dir, Map.copyOf(all));
        git.run("init", "-q", "-b", "main");
        return git;
    }

    /** The same environment, another directory (a linked worktree). */
    public GitCli in(Path other) {
        return new GitCli(other, env);
    }

    public Path dir() {
        return dir;
    }

    public GitCli write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    /** Stages everything and commits; returns the new HEAD. */
    public String commitAll(String message) throws IOException {
        run("add", "-A");
        run("commit", "-q", "-m", message);
        return head();
    }

    public String head() throws IOException {
        return run("rev-parse", "HEAD").strip();
    }

    /** Runs git and returns stdout; fails on a non-zero exit. */
    public String run(String... args) throws IOException {
        Result r = exec(args);
        if (r.exit() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " exited " + r.exit() + ": " + r.err());
        }
        return r.out();
    }

    /** Runs git and reports exit code, output and wall time. */
    public Result exec(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        Path out = Files.createTempFile("git", ".out");
        Path err = Files.createTempFile("git", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        long start = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", args) + " did not finish in 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        try {
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), ms);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    public record Result(int exit, String out, String err, long millis) {
    }

    /** Polls {@code condition} every 50 ms until it holds or {@code timeout} passes; returns whether it held. */
    public static boolean await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
