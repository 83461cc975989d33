package dev.memlayer.indexer.hook;

import dev.memlayer.indexer.IndexerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Installs, removes and inspects memlayer's hooks in one hooks directory. Never overwrites a
 * user's hook: it is renamed to {@code <hook>.memlayer-chained} (a move, so content, mode and a
 * symlink stay exactly as they were), called first by memlayer's hook, and moved back by uninstall.
 */
public final class GitHookInstaller {

    private static final String EXECUTABLE = "rwxr-xr-x";

    public List<HookChange> install(Path hooksDir, Launcher launcher, Path db) {
        try {
            Files.createDirectories(hooksDir);
            List<HookChange> changes = new ArrayList<>();
            for (HookKind kind : HookKind.values()) {
                changes.add(installOne(hooksDir, kind, HookScript.render(kind, launcher, db)));
            }
            return changes;
        } catch (IOException e) {
            throw new IndexerException("cannot write hooks in " + hooksDir + ": " + e.getMessage(), e);
        }
    }

    private HookChange installOne(Path hooksDir, HookKind kind, String script) throws IOException {
        Path file = hooksDir.resolve(kind.fileName());
        Path chained = chainedFile(file);
        Optional<String> existing = read(file);
        boolean ours = existing.map(HookScript::isOurs).orElse(false);
        String note = exists(chained) ? "calls " + chained.getFileName() + " first" : "";
        if (exists(file) && !ours) {
            if (exists(chained)) {
                throw new IndexerException(file + " and " + chained.getFileName() + " both exist; move one of them "
                        + "away, then run `memlayer hook install` again");
            }
            Files.move(file, chained);
            note = "your previous hook is kept as " + chained.getFileName() + " and runs first";
        } else if (ours && existing.get().equals(script) && Files.isExecutable(file)) {
            return new HookChange(kind.fileName(), file.toString(), "unchanged", note);
        }
        writeExecutable(file, script);
        return new HookChange(kind.fileName(), file.toString(), ours ? "updated" : "installed", note);
    }

    public List<HookChange> uninstall(Path hooksDir) {
        List<HookChange> changes = new ArrayList<>();
        try {
            for (HookKind kind : HookKind.values()) {
                changes.add(uninstallOne(hooksDir.resolve(kind.fileName())));
            }
        } catch (IOException e) {
            throw new IndexerException("cannot change hooks in " + hooksDir + ": " + e.getMessage(), e);
        }
        return changes;
    }

    private HookChange uninstallOne(Path file) throws IOException {
        String hook = file.getFileName().toString();
        Path chained = chainedFile(file);
        Optional<String> existing = read(file);
        boolean ours = existing.isPresent() && HookScript.isOurs(existing.get());
        if (exists(file) && !ours) {
            return new HookChange(hook, file.toString(), "unchanged", "not a memlayer hook; left alone"
                    + (exists(chained) ? " (" + chained.getFileName() + " is left too)" : ""));
        }
        if (ours) {
            Files.delete(file);
        }
        if (exists(chained)) {
            Files.move(chained, file);
            return new HookChange(hook, file.toString(), "removed", "your previous hook is back in place");
        }
        return new HookChange(hook, file.toString(), ours ? "removed" : "unchanged", ours ? "" : "not installed");
    }

    public List<HookState> status(Path hooksDir) {
        List<HookState> states = new ArrayList<>();
        for (HookKind kind : HookKind.values()) {
            states.add(statusOne(hooksDir.resolve(kind.fileName())));
        }
        return states;
    }

    private HookState statusOne(Path file) {
        String hook = file.getFileName().toString();
        boolean chained = exists(chainedFile(file));
        Optional<String> text = read(file);
        if (!exists(file)) {
            return new HookState(hook, file.toString(), HookState.State.MISSING, chained, null, false, null);
        }
        if (text.isEmpty() || !HookScript.isOurs(text.get())) {
            return new HookState(hook, file.toString(), HookState.State.FOREIGN, chained, null, false, null);
        }
        Optional<Path> launcher = HookScript.recordedLauncher(text.get());
        HookState.State state = Files.isExecutable(file) ? HookState.State.INSTALLED : HookState.State.NOT_EXECUTABLE;
        return new HookState(hook, file.toString(), state, chained, launcher.map(Path::toString).orElse(null),
                launcher.map(Files::exists).orElse(false),
                HookScript.recordedDb(text.get()).map(Path::toString).orElse(null));
    }

    static Path chainedFile(Path hook) {
        return hook.resolveSibling(hook.getFileName() + HookScript.CHAINED_SUFFIX);
    }

    /** Writes under a temporary name and renames, so git never runs half a script. */
    private static void writeExecutable(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".memlayer-tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(EXECUTABLE));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A hook's text; empty when there is no file or it cannot be read (a dangling link, a folder). */
    private static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean exists(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }
}
