package dev.memlayer.model.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.memlayer.model.snapshot.ProjectRef;
import dev.memlayer.model.snapshot.SnapshotInfo;
import java.util.List;

/** {@code POST /v1/context} answer; the field names are the public contract (SPEC.md). */
public record ContextResponse(
        ProjectRef project,
        SnapshotInfo snapshot,
        IntentInfo intent,
        List<FileEntry> files,
        List<Omitted> omitted,
        Budget budget,
        String context,
        @JsonProperty("timings_ms") Timings timingsMs) {

    public ContextResponse {
        files = List.copyOf(files);
        omitted = List.copyOf(omitted);
    }
}
