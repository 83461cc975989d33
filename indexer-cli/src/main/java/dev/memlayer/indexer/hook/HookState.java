package dev.memlayer.indexer.hook;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One hook file as found: whose it is, whether git can run it, and what a memlayer hook recorded.
 *
 * @param hook      git's name for it, e.g. {@code post-commit}
 * @param file      where git looks for it
 * @param state     {@link State}
 * @param chained   whether a previous user hook is kept beside it and called first
 * @param launcher  the launcher file a memlayer hook recorded; null otherwise
 * @param launcherPresent whether that file still exists (a hook without it skips itself)
 * @param db        the database a memlayer hook recorded; null otherwise
 */
public record HookState(
        String hook,
        String file,
        State state,
        boolean chained,
        String launcher,
        @JsonProperty("launcher_present") boolean launcherPresent,
        String db) {

    public enum State {
        /** No hook file. */
        MISSING,
        /** A memlayer hook git can run. */
        INSTALLED,
        /** A memlayer hook without its execute bit: git skips it. */
        NOT_EXECUTABLE,
        /** Someone else's hook: {@code memlayer hook install} would chain it. */
        FOREIGN
    }

    /** A memlayer hook git will run and that can still start memlayer. */
    public boolean working() {
        return state == State.INSTALLED && launcherPresent;
    }
}
