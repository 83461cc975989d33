package dev.memlayer.indexer.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.memlayer.model.facts.FileFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Extraction throughput on a real tree; a benchmark, not a test: it runs only with
 * {@code -Dbench.dir=/path/to/repo} (optionally {@code -Dbench.threads=2}) and prints files/s.
 * {@code mvn -pl indexer-cli -am test -Dtest=ExtractionBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.dir=/work/ext/hugo}
 */
class ExtractionBench {

    @Test
    void extractEveryFile_reportsFilesPerSecond() throws Exception {
        String dir = System.getProperty("bench.dir");
        assumeTrue(dir != null, "set -Dbench.dir to run");
        int threads = Integer.getInteger("bench.threads", 2);
        ExtractorRegistry registry = ExtractorRegistry.standard();
        List<SourceFile> files = new ArrayList<>();
        Path root = Path.of(dir);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = root.relativize(p).toString();
                if (rel.startsWith(".git/")) {
                    continue;
                }
                SourceFile f = read(rel, p);
                if (!registry.forFile(f).isEmpty()) {
                    files.add(f);
                }
            }
        }
        if (Boolean.getBoolean("bench.parseOnly")) {
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                for (SourceFile f : files) {
                    if (f.language() == dev.memlayer.model.facts.Language.GO) {
                        dev.memlayer.indexer.extract.treesitter.ParsedSource.parse(new org.treesitter.TreeSitterGo(), f.utf8());
                    } else if (f.language() == dev.memlayer.model.facts.Language.JAVA) {
                        dev.memlayer.indexer.extract.treesitter.ParsedSource.parse(new org.treesitter.TreeSitterJava(), f.utf8());
                    }
                }
                long t1 = System.nanoTime();
                for (SourceFile f : files) {
                    dev.memlayer.indexer.extract.scan.SourceScanner.scan(f.utf8(), dev.memlayer.indexer.extract.scan.ScanSyntax.GO);
                }
                long t2 = System.nanoTime();
                System.out.printf("bench parse-only 1 thread: %d ms; scan-only: %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
            }
        }
        long bytes = files.stream().mapToLong(f -> f.utf8().length).sum();
        for (int round = 0; round < 3; round++) {
            AtomicLong symbols = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            long t0 = System.nanoTime();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                Thread worker = new Thread(() -> {
                    for (int i = offset; i < files.size(); i += threads) {
                        for (Extractor e : registry.forFile(files.get(i))) {
                            FileFacts facts = e.extract(files.get(i));
                            symbols.addAndGet(facts.symbols().size());
                            errors.addAndGet(facts.parseErrors());
                        }
                    }
                });
                worker.start();
                workers.add(worker);
            }
            for (Thread w : workers) {
                w.join();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("bench %s: %d files, %.1f MB, %d threads: %.2f s, %.0f files/s, %.1f MB/s, %d symbols,"
                    + " %d parse errors%n", dir, files.size(), bytes / 1e6, threads, secs, files.size() / secs,
                    bytes / 1e6 / secs, symbols.get(), errors.get());
        }
    }

    private static SourceFile read(String rel, Path p) throws IOException {
        return new SourceFile(rel.replace('\\', '/'), dev.memlayer.model.facts.Language.ofPath(rel),
                Files.readAllBytes(p));
    }
}
