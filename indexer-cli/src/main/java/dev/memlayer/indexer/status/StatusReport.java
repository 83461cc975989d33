package dev.memlayer.indexer.status;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code memlayer status} output: the database file and the projects asked about.
 *
 * @param dbBytes the database on disk: the file plus its {@code -wal}
 */
public record StatusReport(String db, @JsonProperty("db_bytes") long dbBytes, List<ProjectStatus> projects) {

    public StatusReport {
        projects = List.copyOf(projects);
    }
}
