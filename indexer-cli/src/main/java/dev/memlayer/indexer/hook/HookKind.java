package dev.memlayer.indexer.hook;

import java.util.Locale;

/** The git hooks memlayer installs: each fires after HEAD may have moved. */
public enum HookKind {

    /** After {@code git commit} (and each commit a rebase or cherry-pick makes). */
    POST_COMMIT(""),
    /** After {@code git merge} and {@code git pull}. */
    POST_MERGE(""),
    /**
     * After {@code git checkout}/{@code git switch}; arguments are old HEAD, new HEAD and 1 for a
     * branch checkout (0 for a file checkout). Only a switch that moved HEAD is worth indexing.
     */
    POST_CHECKOUT("[ \"$3\" = 1 ] && [ \"$1\" != \"$2\" ] || exit $rc\n"),
    /** After {@code git commit --amend} and {@code git rebase}; the rewritten commits arrive on stdin. */
    POST_REWRITE("");

    private final String condition;

    HookKind(String condition) {
        this.condition = condition;
    }

    /** The file name git looks for, e.g. {@code post-commit}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Shell lines that exit early (with the chained hook's status) when this firing needs no index. */
    String condition() {
        return condition;
    }
}
