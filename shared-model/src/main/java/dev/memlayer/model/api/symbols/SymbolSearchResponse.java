package dev.memlayer.model.api.symbols;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.memlayer.model.snapshot.ProjectRef;
import dev.memlayer.model.snapshot.SnapshotInfo;
import java.util.List;

/**
 * {@code GET /v1/projects/{project}/symbols} answer.
 *
 * @param kind  the kind filter, or null
 * @param total matching symbols before the limit
 */
public record SymbolSearchResponse(
        ProjectRef project,
        SnapshotInfo snapshot,
        String query,
        String kind,
        int total,
        List<SymbolHit> hits,
        @JsonProperty("timings_ms") double timingsMs) {

    public SymbolSearchResponse {
        hits = List.copyOf(hits);
    }
}
