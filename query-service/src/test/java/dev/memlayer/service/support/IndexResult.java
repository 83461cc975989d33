package dev.memlayer.service.support;

/** The parts of the indexer's {@code --json} summary the tests check. */
public record IndexResult(String projectId, String projectName, String root, long version, int files, String db) {
}
