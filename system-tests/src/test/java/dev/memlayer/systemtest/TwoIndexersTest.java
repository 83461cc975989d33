package dev.memlayer.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two indexer processes on one database: the second waits for the first, or gives up with one line. */
class TwoIndexersTest {

    @TempDir
    Path tmp;

    @Test
    void twoIndexersStartedTogether_oneWaitsBothPublishInTurn() throws Exception {
        Path db = tmp.resolve("m.db");
        IndexerCli cli = new IndexerCli(db, tmp.resolve("logs"));
        try (ScratchRepo repo = ScratchRepo.create(tmp, 80)) {
            IndexerCli.Run a = cli.start("index", repo.root().toString(), "--json");
            IndexerCli.Run b = cli.start("index", repo.root().toString(), "--json");
            IndexerCli.Result ra = a.finish();
            IndexerCli.Result rb = b.finish();

            assertThat(ra.exitCode()).as(ra.err()).isZero();
            assertThat(rb.exitCode()).as(rb.err()).isZero();
            DbProbe probe = new DbProbe(db);
            assertThat(probe.ready()).extracting(DbProbe.Ready::version).containsExactly(1L, 2L);
            assertThat(probe.ready()).allSatisfy(r -> assertThat(r.manifestRows()).isEqualTo(repo.fileCount()));
            assertThat(probe.count("SELECT count(*) FROM snapshots WHERE status <> 'ready'")).isZero();
            assertThat(probe.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void indexerWhileAnotherProcessHoldsTheWriterLock_exitsOneWithOneLineAndWritesNothing() throws Exception {
        Path db = tmp.resolve("m.db");
        IndexerCli cli = new IndexerCli(db, tmp.resolve("logs"));
        try (ScratchRepo repo = ScratchRepo.create(tmp, 10)) {
            assertThat(cli.run("index", repo.root().toString()).ok()).isTrue();
            // an OS lock on <db>.lock, as a running indexer holds it (this JVM is another process)
            try (FileChannel channel = FileChannel.open(Path.of(db + ".lock"), StandardOpenOption.WRITE);
                    FileLock held = channel.lock()) {
                IndexerCli.Result second = cli.start(List.of("-Dmemlayer.lock-wait-seconds=1"), "index",
                        repo.root().toString()).finish();

                assertThat(second.exitCode()).isEqualTo(1);
                assertThat(second.err().lines()).containsExactly(
                        "memlayer: another index is writing " + db + " (waited 1 s)");
                assertThat(second.out()).isEmpty();
            }
            assertThat(new DbProbe(db).ready()).hasSize(1);
        }
    }
}
