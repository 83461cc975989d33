package dev.memlayer.model.api.delta;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.memlayer.model.snapshot.ProjectRef;
import dev.memlayer.model.snapshot.SnapshotInfo;
import java.util.List;

/**
 * {@code POST /v1/delta} answer: the files that differ between two snapshots, by path, with their
 * symbol changes.
 */
public record DeltaResponse(
        ProjectRef project,
        SnapshotInfo from,
        SnapshotInfo to,
        DeltaCounts counts,
        List<FileDelta> files,
        @JsonProperty("timings_ms") double timingsMs) {

    public DeltaResponse {
        files = List.copyOf(files);
    }
}
