package dev.memlayer.indexer.hook;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The text of one memlayer git hook (POSIX sh). In order, it: runs the user's previous hook
 * ({@code <hook>.memlayer-chained}) with the same arguments and stdin and keeps its exit status;
 * exits quietly when this firing needs no index or the launcher is gone; coalesces bursts with a
 * queued marker (a directory per work tree under the data directory: when one exists, a run is
 * already waiting and will read HEAD only once it holds the writer lock, so this firing adds
 * nothing); then starts {@code memlayer hook run} detached, its output appended to the hook log.
 * Git gets the chained hook's status back at once.
 */
public final class HookScript {

    /** The second line of every memlayer hook; how install, uninstall and status recognise one. */
    public static final String MARKER = "# memlayer-hook v1";
    public static final String CHAINED_SUFFIX = ".memlayer-chained";
    static final String LAUNCHER_LINE = "# memlayer-launcher-file: ";
    static final String DB_LINE = "# memlayer-db: ";
    /** A queued marker older than this belongs to a run that died before clearing it. */
    static final int STALE_MINUTES = 10;
    static final String LOG_NAME = "hook.log";
    static final String QUEUE_DIR = "hook-queue";
    /** The log is moved to {@code hook.log.1} once it passes this size. */
    static final int LOG_ROTATE_KIB = 1024;

    private HookScript() {
    }

    public static String render(HookKind kind, Launcher launcher, Path db) {
        String chained = kind.fileName() + CHAINED_SUFFIX;
        Path data = dataDirectory(db);
        String command = launcher.command().stream().map(HookScript::quote).collect(Collectors.joining(" "));
        return "#!/bin/sh\n"
                + MARKER + " (" + kind.fileName() + "): index in the background after git moves HEAD; never fails git.\n"
                + "# Written by `memlayer hook install`; `memlayer hook uninstall` removes it and restores " + chained
                + "\n# (the hook that was here before) under its old name.\n"
                + LAUNCHER_LINE + launcher.required() + "\n"
                + DB_LINE + db + "\n"
                + "rc=0\n"
                + "chained=\"$(dirname \"$0\")/" + chained + "\"\n"
                + "if [ -x \"$chained\" ]; then\n"
                + "  \"$chained\" \"$@\"\n"
                + "  rc=$?\n"
                + (kind == HookKind.POST_REWRITE ? "else\n  cat >/dev/null\n" : "")
                + "fi\n"
                + kind.condition()
                + "[ -e " + quote(launcher.required().toString()) + " ] || exit $rc\n"
                + "root=$(pwd -P)\n"
                + "data=" + quote(data.toString()) + "\n"
                + "mkdir -p \"$data/" + QUEUE_DIR + "\" 2>/dev/null || exit $rc\n"
                + "queued=\"$data/" + QUEUE_DIR + "/$(printf '%s' \"$root\" | cksum | cut -d ' ' -f 1)\"\n"
                + "[ -n \"$(find \"$queued\" -maxdepth 0 -mmin +" + STALE_MINUTES
                + " 2>/dev/null)\" ] && rmdir \"$queued\" 2>/dev/null\n"
                + "mkdir \"$queued\" 2>/dev/null || exit $rc\n"
                + "log=\"$data/" + LOG_NAME + "\"\n"
                + "[ -n \"$(find \"$log\" -size +" + LOG_ROTATE_KIB + "k 2>/dev/null)\" ] && mv -f \"$log\" \"$log.1\"\n"
                + "unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_PREFIX\n"
                + "nohup " + command + " hook run --hook " + kind.fileName() + " --queued \"$queued\" --db "
                + quote(db.toString()) + " \"$root\" </dev/null >>\"$log\" 2>&1 &\n"
                + "exit $rc\n";
    }

    /** The data directory holding the database; the hook log and queued markers live there too. */
    public static Path dataDirectory(Path db) {
        Path parent = db.toAbsolutePath().getParent();
        return parent == null ? Path.of("/") : parent;
    }

    public static Path logFile(Path db) {
        return dataDirectory(db).resolve(LOG_NAME);
    }

    public static boolean isOurs(String text) {
        return text.lines().limit(3).anyMatch(l -> l.startsWith(MARKER));
    }

    /** The launcher file recorded in an installed hook. */
    static Optional<Path> recordedLauncher(String text) {
        return recorded(text, LAUNCHER_LINE).map(Path::of);
    }

    /** The database recorded in an installed hook. */
    static Optional<Path> recordedDb(String text) {
        return recorded(text, DB_LINE).map(Path::of);
    }

    private static Optional<String> recorded(String text, String prefix) {
        List<String> lines = text.lines().limit(10).toList();
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).findFirst();
    }

    /** Single-quotes a word for sh: {@code it's} becomes {@code 'it'\''s'}. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
