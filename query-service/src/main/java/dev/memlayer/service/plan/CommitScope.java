package dev.memlayer.service.plan;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The area a task names up front, the way many projects title their commits and issues:
 * {@code tpl: fix …}, {@code resources/page: add …}, {@code fix(router): …}. The scope is a
 * directory-ish word, so files under a directory of that name are likelier to be the ones to change.
 * Conventional-commit types ({@code fix:}, {@code feat:}) say what kind of change, not where, and are
 * not scopes.
 */
public final class CommitScope {

    private static final Pattern LEADING = Pattern.compile(
            "^\\s*(?:[A-Za-z]+\\(([\\w./-]{2,80})\\)|([\\w./-]{2,80}))!?:\\s");
    private static final Set<String> TYPES = Set.of("feat", "feature", "fix", "fixes", "fixed", "bugfix", "hotfix",
            "refactor", "perf", "chore", "docs", "doc", "test", "tests", "style", "build", "ci", "revert", "release",
            "wip", "deps", "merge", "security", "breaking", "note", "todo", "bug", "issue", "update", "change",
            "changes", "cleanup", "misc", "minor", "major", "improvement", "enhancement", "http", "https");

    private CommitScope() {
    }

    /** The lower-case scope of the task's first line, without leading or trailing '/'; empty if none. */
    public static Optional<String> of(String task) {
        Matcher m = LEADING.matcher(task);
        if (!m.find()) {
            return Optional.empty();
        }
        String scope = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        scope = scope.replaceAll("^[./]+|/+$", "");
        if (scope.isEmpty() || TYPES.contains(scope) || scope.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(scope);
    }

    /**
     * Whether {@code directory} (of a repository path, '/'-separated, may be empty) lies in the scope:
     * a scope with '/' must appear as consecutive whole segments; a plain word must equal a segment
     * or one of its dash/underscore/dot-separated parts ({@code markdown} is in {@code language-markdown}).
     */
    public static boolean covers(String scope, String directory) {
        if (directory.isEmpty() || scope.isEmpty()) {
            return false;
        }
        String dir = directory.toLowerCase(Locale.ROOT);
        if (scope.indexOf('/') >= 0) {
            return ("/" + dir + "/").contains("/" + scope + "/");
        }
        // by index, no split: this runs for every candidate of every scoped task (split("[-_.]") is a regex)
        return hasToken(dir, scope, true) || hasToken(dir, scope, false);
    }

    /** Whether {@code word} is a whole segment of {@code dir} ({@code segments}), or a dash/underscore/dot part of one. */
    private static boolean hasToken(String dir, String word, boolean segments) {
        int start = 0;
        for (int i = 0; i <= dir.length(); i++) {
            char c = i < dir.length() ? dir.charAt(i) : '/';
            boolean end = c == '/' || !segments && (c == '-' || c == '_' || c == '.');
            if (end) {
                if (i - start == word.length() && dir.regionMatches(start, word, 0, word.length())) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }
}
