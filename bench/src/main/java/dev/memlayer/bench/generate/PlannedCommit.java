package dev.memlayer.bench.generate;

import java.util.List;

/**
 * One commit of a synthetic history.
 *
 * @param message     commit message
 * @param author      index into the author list
 * @param epochSecond commit time
 * @param introduce   ids of files added by the commit
 * @param modify      ids of files the commit changes (each gets one more revision)
 */
record PlannedCommit(String message, int author, long epochSecond, List<Integer> introduce, List<Integer> modify) {

    PlannedCommit {
        introduce = List.copyOf(introduce);
        modify = List.copyOf(modify);
    }
}
