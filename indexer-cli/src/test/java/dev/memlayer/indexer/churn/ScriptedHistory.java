package dev.memlayer.indexer.churn;

import dev.memlayer.indexer.TestRepo;
import dev.memlayer.indexer.project.ProjectRegistry;
import dev.memlayer.indexer.snapshot.WriterDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A git repository whose commits have chosen authors and times. */
final class ScriptedHistory implements AutoCloseable {

    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    final TestRepo repo;

    ScriptedHistory(Path dir) throws Exception {
        this.repo = TestRepo.git(dir);
    }

    /** A database at {@code db} (fresh unless it exists) with this repository registered. */
    ChurnDb database(Path db) throws Exception {
        Connection c = WriterDatabase.openAndMigrate(db, Clock.systemUTC());
        String id = new ProjectRegistry(c, Clock.systemUTC()).register(repo.root().toRealPath()).id();
        return new ChurnDb(c, id, repo.git().getRepository());
    }

    ScriptedHistory write(String path, String text) throws Exception {
        repo.write(path, text);
        return this;
    }

    ScriptedHistory delete(String path) throws Exception {
        repo.delete(path);
        return this;
    }

    /** Commits everything staged and unstaged, by {@code author}, {@code days} after {@link #T0}. */
    RevCommit commit(String author, long days) throws Exception {
        return commit(author, days, "day " + days);
    }

    /** As {@link #commit(String, long)}, with a message. */
    RevCommit commit(String author, long days, String message) throws Exception {
        PersonIdent who = new PersonIdent(author, author + "@example.com", T0.plus(Duration.ofDays(days)),
                ZoneOffset.UTC);
        repo.git().add().addFilepattern(".").call();
        repo.git().add().addFilepattern(".").setUpdate(true).call();
        return repo.git().commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false)
                .setAllowEmpty(true).call();
    }

    /** Replaces the last commit with one of everything now staged and unstaged, by {@code author}, {@code days} after {@link #T0}. */
    RevCommit amend(String author, long days) throws Exception {
        PersonIdent who = new PersonIdent(author, author + "@example.com", T0.plus(Duration.ofDays(days)),
                ZoneOffset.UTC);
        repo.git().add().addFilepattern(".").call();
        repo.git().add().addFilepattern(".").setUpdate(true).call();
        return repo.git().commit().setAmend(true).setMessage("amended on day " + days).setAuthor(who)
                .setCommitter(who).setSign(false).call();
    }

    static long at(long days) {
        return T0.plus(Duration.ofDays(days)).toEpochMilli();
    }

    @Override
    public void close() {
        repo.close();
    }
}
