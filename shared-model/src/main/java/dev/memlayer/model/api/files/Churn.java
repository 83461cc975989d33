package dev.memlayer.model.api.files;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * How often a file changed, as of the snapshot's commit.
 *
 * @param lastChangeAt null when the stored history never touched it
 */
public record Churn(@JsonProperty("commits_90d") int commits90d, @JsonProperty("commits_total") int commitsTotal,
        @JsonProperty("last_change_at") Instant lastChangeAt) {
}
