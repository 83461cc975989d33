package dev.memlayer.model.api.explore;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A commit of the stored history (as of the snapshot's commit) and the files it touched.
 *
 * @param subject   the first line of the commit's message ("" when not stored)
 * @param fileCount files the commit changed
 * @param files     the changed files listed (at most a few per detail level)
 */
public record CommitEntry(String sha, String subject, String author, @JsonProperty("committed_at") Instant committedAt,
        @JsonProperty("file_count") int fileCount, List<ChangedFile> files) {

    public CommitEntry {
        subject = subject == null ? "" : subject;
        files = List.copyOf(files);
    }
}
