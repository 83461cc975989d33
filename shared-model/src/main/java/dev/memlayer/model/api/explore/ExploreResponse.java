package dev.memlayer.model.api.explore;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.memlayer.model.api.Budget;
import dev.memlayer.model.api.Timings;
import dev.memlayer.model.snapshot.ProjectRef;
import dev.memlayer.model.snapshot.SnapshotInfo;
import java.util.List;

/**
 * {@code POST /v1/explore} answer: the selected layers in priority order, each holding exactly the
 * items the rendered {@code context} shows. {@code budget.used <= budget.limit}, always; without a
 * requested budget the limit is the service's largest allowed budget.
 */
public record ExploreResponse(
        ProjectRef project,
        SnapshotInfo snapshot,
        @JsonProperty("query_type") String queryType,
        String detail,
        List<ExploreLayer> layers,
        Budget budget,
        String context,
        @JsonProperty("timings_ms") Timings timingsMs) {

    public ExploreResponse {
        layers = List.copyOf(layers);
    }
}
