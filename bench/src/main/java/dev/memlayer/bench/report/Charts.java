package dev.memlayer.bench.report;

import dev.memlayer.bench.index.IndexResult;
import dev.memlayer.bench.load.QueryResult;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The report's PNG charts, drawn by JFreeChart: latency percentiles vs clients, index time vs size. */
final class Charts {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 540;

    private Charts() {
    }

    /** One chart per repository size; returns the file names written. */
    static List<String> latency(BenchResults results, Path dir) throws IOException {
        List<String> written = new ArrayList<>();
        for (int files : results.sizes()) {
            XYSeriesCollection data = new XYSeriesCollection();
            for (boolean publishing : new boolean[] {false, true}) {
                String mode = publishing ? " while publishing" : "";
                add(data, results, files, publishing, "p50" + mode, QueryResult::p50Ms);
                add(data, results, files, publishing, "p95" + mode, QueryResult::p95Ms);
                add(data, results, files, publishing, "p99" + mode, QueryResult::p99Ms);
            }
            if (data.getSeriesCount() == 0) {
                continue;
            }
            JFreeChart chart = ChartFactory.createXYLineChart("POST /v1/context latency, " + files + " files",
                    "concurrent clients", "latency (ms)", data, PlotOrientation.VERTICAL, true, false, false);
            logAxes(chart, "concurrent clients", "latency (ms, log scale)");
            String name = "latency-" + files + ".png";
            ChartUtils.saveChartAsPNG(dir.resolve(name).toFile(), chart, WIDTH, HEIGHT);
            written.add(name);
        }
        return written;
    }

    private static void add(XYSeriesCollection data, BenchResults results, int files, boolean publishing, String name,
                            ToDoubleFunction<QueryResult> value) {
        XYSeries series = new XYSeries(name);
        results.query().stream().filter(r -> r.files() == files && r.whileIndexing() == publishing)
                .forEach(r -> series.add(r.clients(), Math.max(0.01, value.applyAsDouble(r))));
        if (series.getItemCount() > 0) {
            data.addSeries(series);
        }
    }

    static String indexTime(BenchResults results, Path dir) throws IOException {
        XYSeries full = new XYSeries("full index (wall, JVM start included)");
        XYSeries incremental = new XYSeries("incremental after a 1-file commit (wall)");
        for (IndexResult row : results.index()) {
            full.add(row.files(), row.wallMs() / 1000.0);
            Long one = row.incrementalMs().get("1");
            if (one != null) {
                incremental.add(row.files(), one / 1000.0);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection(full);
        data.addSeries(incremental);
        JFreeChart chart = ChartFactory.createXYLineChart("Index time vs repository size", "files", "seconds", data,
                PlotOrientation.VERTICAL, true, false, false);
        logAxes(chart, "files (log scale)", "seconds (log scale)");
        String name = "index-time.png";
        ChartUtils.saveChartAsPNG(dir.resolve(name).toFile(), chart, WIDTH, HEIGHT);
        return name;
    }

    /** Base 10 with plain-number labels (1, 5, 10, 32) instead of powers of ten. */
    private static LogAxis logAxis(String label, double smallest) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setSmallestValue(smallest);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        return axis;
    }

    private static void logAxes(JFreeChart chart, String x, String y) {
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(logAxis(x, 0.5));
        plot.setRangeAxis(logAxis(y, 0.01));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        plot.setRenderer(renderer);
    }
}
