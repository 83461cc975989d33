package dev.memlayer.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.bench.cli.JsonOut;
import dev.memlayer.bench.index.HookResult;
import dev.memlayer.bench.index.IndexResult;
import dev.memlayer.bench.load.QueryResult;
import dev.memlayer.bench.process.Machine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRenderTest {

    @TempDir
    Path out;

    @Test
    void render_putsTheOldRowsBesideTheMeasuredOnesAndJudgesEachTarget() throws Exception {
        Path report = ReportRunner.render(results(), out);

        String text = Files.readString(report);
        assertThat(text).contains("| p99 350 ms at 10 | p99 30 ms, 0 errors");
        assertThat(text).contains("| /v1/context p50 ≤ 10 ms at 32 clients, 5000 files | 8 ms | **met** |");
        assertThat(text).contains("| /v1/context p99 ≤ 50 ms at 32 clients, 5000 files, while publishing | 80 ms "
                + "| **missed** by 30 ms (1.60×) |");
        assertThat(text).contains("| zero errors at 32 clients, while publishing | 2 errors | **missed** |");
        assertThat(text).contains("| full index ≥ 1 000 files/s (wall, JVM start included), 5000 files | 800 files/s "
                + "| **missed** by 200 files/s |");
        assertThat(text).contains("| full index of 50 000 files ≤ 90 s | not measured | — |");
        assertThat(text).contains("![latency-5000.png](latency-5000.png)");
    }

    @Test
    void render_drawsPngCharts() throws Exception {
        ReportRunner.render(results(), out);

        for (String chart : List.of("latency-500.png", "latency-5000.png", "index-time.png")) {
            byte[] head = Files.readAllBytes(out.resolve(chart));
            assertThat(head.length).isGreaterThan(5000);
            assertThat(new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
    }

    @Test
    void results_surviveAJsonRoundTrip() throws Exception {
        BenchResults results = results();

        String json = JsonOut.MAPPER.writeValueAsString(results);
        BenchResults back = JsonOut.MAPPER.readValue(json, BenchResults.class);

        assertThat(json).contains("\"p99_ms\"", "\"files_per_s\"", "\"incremental_ms\"");
        assertThat(back).isEqualTo(results);
    }

    private static BenchResults results() {
        Machine machine = new Machine(2, "test cpu", "java 17", "2026-01-01T00:00:00Z", 1.0, 2.0,
                "2026-01-01T00:10:00Z");
        List<IndexResult> index = List.of(
                index(500, 900, 555), index(5000, 6250, 800));
        List<QueryResult> query = new ArrayList<>();
        for (int files : List.of(500, 5000)) {
            for (int clients : List.of(1, 5, 10, 32)) {
                query.add(query(files, clients, false, clients * 0.25, clients * 3, 0));
                query.add(query(files, clients, true, clients * 0.3, clients == 32 ? 80 : clients * 4,
                        clients == 32 ? 2 : 0));
            }
        }
        return new BenchResults(machine, "scripts/bench report", index, query);
    }

    private static IndexResult index(int files, long wallMs, double filesPerS) {
        return new IndexResult("/tmp/repo", files, files / 300.0, wallMs, wallMs + 300, wallMs - 600, filesPerS, 2.5,
                300, 12, Map.of("0", 700L, "1", 800L, "10", 900L, "100", 1500L),
                Map.of("0", 900L, "1", 1000L, "10", 1100L, "100", 1900L), 250, new HookResult(12, 15, 3, "test hook"),
                1.5);
    }

    private static QueryResult query(int files, int clients, boolean publishing, double p50, double p99,
                                     long errors) {
        return new QueryResult(files, clients, 15, publishing, 1000, 66.7, p50, p99 * 0.8, p99, p99 * 2, p50 * 1.1,
                errors, errors > 0 ? List.of("HTTP 503: busy") : List.of(), 1.2, 4.5, 2.0, 6.0, 350, 4,
                publishing ? 7 : 0, publishing ? 1800 : 0, publishing ? 8 : 1, 4000, 3.5, 1.1, 2.0);
    }
}
