package dev.memlayer.service.context;

import dev.memlayer.model.api.Intent;
import java.util.List;
import java.util.Optional;

/** A {@code ContextRequest} that passed validation, defaults applied, paths normalized. */
record ValidRequest(
        String project,
        String task,
        int budgetTokens,
        Optional<Intent> intent,
        boolean markdown,
        List<String> pinned,
        List<String> exclude,
        Optional<Long> snapshotVersion,
        Optional<String> snapshotCommit) {
}
