package dev.memlayer.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memlayer.indexer.IndexerException;
import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import dev.memlayer.indexer.secrets.DatabaseText;
import dev.memlayer.indexer.snapshot.ContentCodec;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repositories an indexer meets in the wild: each run completes, leaves out only what it must, and
 * loses nothing else.
 */
class BadRepositoryInputTest {

    @TempDir
    Path tmp;

    private final IndexRun run = new IndexRun(IndexSettings.defaults(), Clock.systemUTC());

    private Path db() {
        return tmp.resolve("m.db");
    }

    private List<Object> paths() throws Exception {
        return TestDb.column(db(), "SELECT path FROM manifest ORDER BY path");
    }

    @Test
    void index_unreadableFile_isLeftOutAndTheRestIndexed() throws Exception {
        TestRepo repo = TestRepo.plain(tmp.resolve("r")).write("a.txt", "a\n").write("locked.txt", "locked\n");
        Path locked = repo.root().resolve("locked.txt");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // root reads through mode 000; then the file is simply readable and must be indexed
        boolean readable = Files.isReadable(locked);

        IndexSummary s = run.run(repo.root(), db(), false);

        assertThat(paths()).isEqualTo(readable ? List.of("a.txt", "locked.txt") : List.of("a.txt"));
        assertThat(s.skipped()).isEqualTo(readable ? 0 : 1);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void index_namedPipe_isNeverOpenedSoTheRunCannotHang() throws Exception {
        TestRepo repo = TestRepo.plain(tmp.resolve("r")).write("a.txt", "a\n");
        Process mkfifo = new ProcessBuilder("mkfifo", repo.root().resolve("pipe").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        run.run(repo.root(), db(), false);

        assertThat(paths()).containsExactly("a.txt");
    }

    @Test
    void index_brokenAndOutwardSymlinks_areNeverFollowed() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("private.txt"), "outsideMarkerZq7 never indexed\n");
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            repo.write("a.txt", "a\n");
            Path root = repo.root();
            Files.createSymbolicLink(root.resolve("broken"), root.resolve("missing-target"));
            Files.createSymbolicLink(root.resolve("file-out"), outside.resolve("private.txt"));
            Files.createSymbolicLink(root.resolve("dir-out"), outside);
            Files.createSymbolicLink(root.resolve("up"), Path.of("../outside"));
            repo.commitAll("links");

            IndexSummary s = run.run(root, db(), false);

            assertThat(paths()).containsExactly("a.txt");
            assertThat(s.skipped()).isEqualTo(4);
            assertThat(DatabaseText.read(db()).contains("outsideMarkerZq7")).isFalse();
        }
    }

    @Test
    void index_hugeSparseFile_isSkippedWithoutReading() throws Exception {
        TestRepo repo = TestRepo.plain(tmp.resolve("r")).write("a.txt", "a\n");
        try (RandomAccessFile huge = new RandomAccessFile(repo.root().resolve("huge.log").toFile(), "rw")) {
            huge.setLength(5L * 1024 * 1024 * 1024); // 5 GiB, sparse: reading it would take minutes
        }

        IndexSummary s = run.run(repo.root(), db(), false);

        assertThat(paths()).containsExactly("a.txt");
        assertThat(s.skipped()).isEqualTo(1);
    }

    @Test
    void index_invalidUtf8_isStoredByteForByteAndStillSearchable() throws Exception {
        byte[] head = "def parse_header(raw):\n    return raw  # ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xFF, (byte) 0xFE, '\n'};
        byte[] data = new byte[head.length + bad.length];
        System.arraycopy(head, 0, data, 0, head.length);
        System.arraycopy(bad, 0, data, head.length, bad.length);
        TestRepo repo = TestRepo.plain(tmp.resolve("r")).write("bad.py", data, TestRepo.OLD);

        run.run(repo.root(), db(), false);

        byte[] stored = ContentCodec.inflate((byte[]) TestDb.column(db(), "SELECT data FROM contents").get(0));
        assertThat(stored).isEqualTo(data);
        assertThat(TestDb.column(db(), "SELECT name FROM symbols")).containsExactly("parse_header");
    }

    @Test
    void index_fileNamesWithSpacesUnicodeAndNewlines_keepTheirExactPaths() throws Exception {
        List<String> names = List.of("dir with space/a b.py", "ünïcødé/名前.ts", "emoji 🚀.md", "new\nline.txt");
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            for (String name : names) {
                repo.write(name, "content of " + name.length() + "\n");
            }
            repo.commitAll("odd names");

            IndexSummary s = run.run(repo.root(), db(), false);

            assertThat(paths()).containsExactlyInAnyOrderElementsOf(names);
            assertThat(s.dirty()).isFalse();
        }
    }

    @Test
    void index_repositoryWithoutCommits_indexesTheWorkingTree() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            repo.write("a.txt", "a\n");

            IndexSummary s = run.run(repo.root(), db(), false);

            assertThat(s.commit()).isNull();
            assertThat(s.branch()).isEqualTo("main");
            assertThat(s.dirty()).isTrue();
            assertThat(paths()).containsExactly("a.txt");
        }
    }

    @Test
    void index_emptyRepository_publishesAnEmptySnapshot() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            IndexSummary s = run.run(repo.root(), db(), false);

            assertThat(s.version()).isEqualTo(1);
            assertThat(s.files()).isZero();
            assertThat(TestDb.column(db(), "SELECT status FROM snapshots")).containsExactly("ready");
        }
    }

    @Test
    void index_detachedHead_recordsTheCommitAndNoBranch() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            RevCommit first = repo.write("a.txt", "a\n").commitAll("one");
            repo.write("b.txt", "b\n").commitAll("two");
            repo.git().checkout().setName(first.name()).call();

            IndexSummary s = run.run(repo.root(), db(), false);

            assertThat(s.commit()).isEqualTo(first.name());
            assertThat(s.branch()).isNull();
            assertThat(paths()).containsExactly("a.txt");
        }
    }

    @Test
    void index_shallowClone_indexesWorkingTreeAndRevisionWithTruncatedHistory() throws Exception {
        Path origin;
        try (TestRepo repo = TestRepo.git(tmp.resolve("origin"))) {
            for (int i = 0; i < 5; i++) {
                repo.write("f" + i + ".txt", "v" + i + "\n").write("shared.txt", "round " + i + "\n").commitAll("c" + i);
            }
            origin = repo.root();
        }
        Path clone = tmp.resolve("clone");
        Process git = new ProcessBuilder("git", "clone", "-q", "--depth", "1", origin.toUri().toString(),
                clone.toString()).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor()).as(out).isZero();
        assertThat(clone.resolve(".git/shallow")).exists();

        IndexSummary tree = run.run(clone, db(), false);
        IndexSummary rev = run.run(clone, db(), false, "HEAD");

        assertThat(tree.files()).isEqualTo(6);
        assertThat(rev.files()).isEqualTo(6);
        assertThat(rev.version()).isEqualTo(2);
        assertThat(TestDb.column(db(), "SELECT commit_count FROM churn_sets")).containsExactly(1);
    }

    @Test
    void index_notADirectory_failsWithOneLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");

        assertThatThrownBy(() -> run.run(file, db(), false)).isInstanceOf(IndexerException.class)
                .hasMessage("not a directory: " + file);
        assertThat(db()).doesNotExist();
    }
}
