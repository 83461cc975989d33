package dev.memlayer.service.plan;

import java.util.List;

/**
 * A task as the planner sees it.
 *
 * @param terms    lower-case search terms, stop words removed, in order of appearance
 * @param mentions concrete things the text names, in order of appearance
 * @param pinned   repository paths the request pinned
 * @param scope    the area the task names up front ({@link CommitScope}), lower case; empty if none
 * @param headTerms how many of the first terms the task's first line gives (its title, a commit's subject):
 *                 all of them for a one-line task
 */
public record TaskQuery(List<String> terms, List<Mention> mentions, List<String> pinned, String scope, int headTerms) {

    public TaskQuery {
        terms = List.copyOf(terms);
        mentions = List.copyOf(mentions);
        pinned = List.copyOf(pinned);
        scope = scope == null ? "" : scope;
    }

    public TaskQuery withPinned(List<String> paths) {
        return new TaskQuery(terms, mentions, paths, scope, headTerms);
    }
}
