package dev.memlayer.bench.load;

import dev.memlayer.bench.index.RepoEditor;
import dev.memlayer.bench.process.Memlayer;
import dev.memlayer.bench.process.ProcessTimer;
import dev.memlayer.bench.process.TimedRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The indexer publishing new snapshots back to back while queries run: commit a few files, run an
 * incremental index (a new JVM each time, as the hook does), repeat, without pause.
 */
final class PublishLoop implements AutoCloseable {

    private static final int FILES_PER_COMMIT = 3;

    private final Memlayer memlayer;
    private final Path repo;
    private final Path db;
    private final RepoEditor editor;
    private final Thread thread;
    private final List<Long> walls = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean running = true;
    private volatile String failure;

    private PublishLoop(Memlayer memlayer, Path repo, Path db, RepoEditor editor) {
        this.memlayer = memlayer;
        this.repo = repo;
        this.db = db;
        this.editor = editor;
        this.thread = new Thread(this::loop, "publish-loop");
    }

    static PublishLoop start(Memlayer memlayer, Path repo, Path db, RepoEditor editor) {
        PublishLoop loop = new PublishLoop(memlayer, repo, db, editor);
        loop.thread.start();
        return loop;
    }

    private void loop() {
        while (running) {
            try {
                editor.commitTouching(FILES_PER_COMMIT);
                TimedRun run = ProcessTimer.run(memlayer.index(repo, db, false), 600);
                if (run.exit() != 0) {
                    failure = "index exit " + run.exit() + ": " + run.stderr().strip();
                    return;
                }
                walls.add(run.wallMs());
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                failure = e.toString();
                return;
            }
        }
    }

    /** Snapshots published so far. */
    int published() {
        return walls.size();
    }

    List<Long> walls() {
        synchronized (walls) {
            return List.copyOf(walls);
        }
    }

    /** Null unless an index run failed (which ends the loop). */
    String failure() {
        return failure;
    }

    /** Lets the running index finish, then stops. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
