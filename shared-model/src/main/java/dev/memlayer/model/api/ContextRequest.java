package dev.memlayer.model.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code POST /v1/context} body. Optional fields may be null; {@link #withDefaults()} fills them.
 *
 * @param project       name, id or root path of a registered project (required)
 * @param task          free text describing the task (required)
 * @param budgetTokens  hard cap on the tokens of the rendered context
 * @param intent        {@code auto} or one of {@link Intent}
 * @param format        {@code json} or {@code markdown}
 * @param pinned        repository paths that must be considered first
 * @param exclude       glob patterns of paths to leave out
 * @param snapshot      snapshot to read: a version number, or a commit sha (a prefix of at least 7
 *                      hex digits) meaning the newest ready snapshot of that commit; null for the
 *                      latest ready one. A JSON number or string.
 */
public record ContextRequest(
        String project,
        String task,
        @JsonProperty("budget_tokens") Integer budgetTokens,
        String intent,
        String format,
        List<String> pinned,
        List<String> exclude,
        String snapshot) {

    public static final int DEFAULT_BUDGET_TOKENS = 4000;

    public ContextRequest {
        pinned = pinned == null ? List.of() : List.copyOf(pinned);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    public ContextRequest withDefaults() {
        return new ContextRequest(project, task,
                budgetTokens == null ? DEFAULT_BUDGET_TOKENS : budgetTokens,
                intent == null || intent.isBlank() ? "auto" : intent,
                format == null || format.isBlank() ? "json" : format,
                pinned, exclude, snapshot);
    }
}
