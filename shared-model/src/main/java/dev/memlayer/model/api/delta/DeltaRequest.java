package dev.memlayer.model.api.delta;

/**
 * {@code POST /v1/delta} body.
 *
 * @param project name, id or root path (required)
 * @param from    the older side: a snapshot version or a commit sha (prefix of at least 7 hex digits) that
 *                was indexed (required)
 * @param to      the newer side, same forms; null for the latest ready snapshot
 */
public record DeltaRequest(String project, String from, String to) {
}
