package dev.memlayer.indexer.churn;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * What is stored of a commit's message: its first line, the rest of it trimmed (trailers such as
 * {@code Signed-off-by:} left out, they name people, not code) and capped at {@value #MAX_BODY_CHARS}
 * characters, and its parents in order, space-separated, so the service can tell which commits a
 * snapshot's commit reaches.
 */
record CommitMessage(String parents, String subject, String body) {

    static final int MAX_SUBJECT_CHARS = 500;
    static final int MAX_BODY_CHARS = 2_000;
    /** A message whose commit object could not be read: stored so the back-fill does not try again. */
    static final CommitMessage UNREADABLE = new CommitMessage("", "", "");

    private static final Pattern TRAILER = Pattern.compile("^[A-Z][A-Za-z-]+-by: .*$");

    boolean merge() {
        return parents.indexOf(' ') >= 0;
    }

    /** {@code commit} must be parsed (its body read). */
    static CommitMessage of(RevCommit commit) {
        StringBuilder parents = new StringBuilder();
        for (RevCommit p : commit.getParents()) {
            if (parents.length() > 0) {
                parents.append(' ');
            }
            parents.append(p.name());
        }
        String message = commit.getFullMessage();
        int eol = message.indexOf('\n');
        String subject = (eol < 0 ? message : message.substring(0, eol)).strip();
        List<String> kept = new ArrayList<>();
        if (eol >= 0) {
            for (String line : message.substring(eol + 1).split("\n")) {
                if (!TRAILER.matcher(line.strip()).matches()) {
                    kept.add(line.stripTrailing());
                }
            }
        }
        return new CommitMessage(parents.toString(), cap(subject, MAX_SUBJECT_CHARS),
                cap(String.join("\n", kept).strip(), MAX_BODY_CHARS));
    }

    private static String cap(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
