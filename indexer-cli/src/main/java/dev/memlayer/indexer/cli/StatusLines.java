package dev.memlayer.indexer.cli;

import dev.memlayer.indexer.status.ProjectStatus;
import dev.memlayer.indexer.status.StatusReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Human output of {@code memlayer status}: one line per project, then the database line. */
final class StatusLines {

    private StatusLines() {
    }

    static List<String> of(StatusReport r) {
        List<String> lines = new ArrayList<>();
        for (ProjectStatus p : r.projects()) {
            lines.add(line(p));
        }
        lines.add("database " + r.db() + " (" + size(r.dbBytes()) + ")");
        return lines;
    }

    private static String line(ProjectStatus p) {
        StringBuilder b = new StringBuilder(p.project().name()).append("  ");
        if (p.version() == 0) {
            b.append("no ready snapshot");
        } else {
            b.append('v').append(p.version()).append(SummaryLine.where(p.commit(), p.branch(), false))
                    .append(", ").append(p.files()).append(" files, indexed ").append(p.indexedAt());
        }
        if (!p.rootExists()) {
            b.append("; root is gone");
        } else if (p.head() != null || p.dirtyNow() != null) {
            b.append(p.headMoved() ? "; HEAD moved to " + SummaryLine.shortSha(p.head()) : "; HEAD unchanged");
            if (p.dirtyNow() != null) {
                b.append(p.dirtyNow() ? ", working tree dirty" : ", working tree clean");
            }
        }
        return b.append("  ").append(p.project().root()).toString();
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
