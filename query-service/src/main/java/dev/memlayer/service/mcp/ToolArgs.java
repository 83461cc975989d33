package dev.memlayer.service.mcp;

/** Descriptions of the arguments every tool shares, written once so the agent reads the same words everywhere. */
final class ToolArgs {

    static final String PROJECT = "The project: its name as listed by list_projects, its id, or the repository's "
            + "absolute root path.";
    static final String SNAPSHOT = "Read an older snapshot: a version number or a commit sha (at least 7 hex digits). "
            + "Default: the newest.";

    private ToolArgs() {
    }
}
