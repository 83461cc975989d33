package dev.memlayer.indexer.cli;

import dev.memlayer.indexer.hook.HookChange;
import dev.memlayer.indexer.hook.HookReport;
import dev.memlayer.indexer.hook.HookState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Human output of {@code memlayer hook install|uninstall|status}: one line per hook, then where things are. */
final class HookLines {

    private static final String COLUMN = "%-14s %-10s %s";

    private HookLines() {
    }

    static List<String> changes(HookReport r) {
        List<String> lines = new ArrayList<>();
        for (HookChange c : r.changes()) {
            lines.add(String.format(Locale.ROOT, COLUMN, c.hook(), c.action(), c.file())
                    + (c.detail().isEmpty() ? "" : " (" + c.detail() + ")"));
        }
        lines.add(footer(r));
        return lines;
    }

    static List<String> status(HookReport r) {
        List<String> lines = new ArrayList<>();
        for (HookState h : r.hooks()) {
            lines.add(String.format(Locale.ROOT, COLUMN, h.hook(), state(h), h.file()) + detail(h));
        }
        lines.add(footer(r));
        return lines;
    }

    private static String state(HookState h) {
        return switch (h.state()) {
            case MISSING -> "missing";
            case INSTALLED -> h.launcherPresent() ? "installed" : "inactive";
            case NOT_EXECUTABLE -> "not-exec";
            case FOREIGN -> "other";
        };
    }

    private static String detail(HookState h) {
        List<String> notes = new ArrayList<>();
        if (h.state() == HookState.State.FOREIGN) {
            notes.add("not a memlayer hook");
        }
        if (h.state() == HookState.State.NOT_EXECUTABLE) {
            notes.add("git skips it: not executable");
        }
        if (h.launcher() != null && !h.launcherPresent()) {
            notes.add("launcher " + h.launcher() + " is gone; the hook does nothing");
        }
        if (h.chained()) {
            notes.add("calls " + h.hook() + ".memlayer-chained first");
        }
        return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
    }

    private static String footer(HookReport r) {
        return "hooks of " + r.root() + " in " + r.hooksDir() + "; log " + r.log();
    }
}
