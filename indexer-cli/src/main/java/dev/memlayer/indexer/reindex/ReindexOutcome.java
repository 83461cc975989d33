package dev.memlayer.indexer.reindex;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.memlayer.indexer.pipeline.IndexSummary;
import dev.memlayer.model.snapshot.ProjectRef;

/**
 * What {@code reindex --all} did with one project.
 *
 * @param summary the run's summary when indexed; null otherwise
 * @param message why it was skipped or failed; null when indexed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReindexOutcome(ProjectRef project, Result result, IndexSummary summary, String message) {

    public enum Result { INDEXED, SKIPPED, FAILED }

    static ReindexOutcome indexed(ProjectRef p, IndexSummary s) {
        return new ReindexOutcome(p, Result.INDEXED, s, null);
    }

    static ReindexOutcome skipped(ProjectRef p, String why) {
        return new ReindexOutcome(p, Result.SKIPPED, null, why);
    }

    static ReindexOutcome failed(ProjectRef p, String why) {
        return new ReindexOutcome(p, Result.FAILED, null, why);
    }
}
