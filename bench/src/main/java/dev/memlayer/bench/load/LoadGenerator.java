package dev.memlayer.bench.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * A closed loop of {@code C} clients, each sending the next task as soon as its previous answer is
 * fully received: a warm-up that is thrown away, then a measured window of fixed length. Latency is
 * recorded per client in an HdrHistogram (microseconds) and merged at the end.
 */
public final class LoadGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(120);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI context;
    private final List<byte[]> bodies;

    public LoadGenerator(HttpClient http, URI base, String project, List<String> tasks, int budgetTokens) {
        this.http = http;
        this.context = base.resolve("/v1/context");
        List<byte[]> built = new ArrayList<>(tasks.size());
        for (String task : tasks) {
            try {
                built.add(JSON.writeValueAsBytes(Map.of("project", project, "task", task,
                        "budget_tokens", budgetTokens)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }
        this.bodies = List.copyOf(built);
    }

    /** Load whose numbers are discarded: JIT, caches and connections settle. */
    public void warmUp(int clients, Duration length) throws InterruptedException {
        if (!length.isZero()) {
            measure(clients, length);
        }
    }

    public LoadResult measure(int clients, Duration length) throws InterruptedException {
        long deadline = System.nanoTime() + length.toNanos();
        List<Client> workers = new ArrayList<>(clients);
        for (int i = 0; i < clients; i++) {
            Client client = new Client(i, deadline);
            workers.add(client);
            client.thread.start();
        }
        long start = System.nanoTime();
        for (Client client : workers) {
            client.thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram latency = new Histogram(HIGHEST_MICROS, 3);
        Histogram plan = new Histogram(HIGHEST_MICROS, 3);
        Histogram total = new Histogram(HIGHEST_MICROS, 3);
        long errors = 0;
        Set<String> samples = new LinkedHashSet<>();
        for (Client client : workers) {
            latency.add(client.latency);
            plan.add(client.plan);
            total.add(client.total);
            errors += client.errors;
            client.samples.stream().limit(3 - Math.min(3, samples.size())).forEach(samples::add);
        }
        long requests = latency.getTotalCount();
        return new LoadResult(requests, round(requests / seconds), ms(latency.getValueAtPercentile(50)),
                ms(latency.getValueAtPercentile(95)), ms(latency.getValueAtPercentile(99)), ms(latency.getMaxValue()),
                round(latency.getMean() / 1000.0), errors, new ArrayList<>(samples),
                ms(plan.getValueAtPercentile(50)), ms(plan.getValueAtPercentile(99)),
                ms(total.getValueAtPercentile(50)), ms(total.getValueAtPercentile(99)));
    }

    private static double ms(long micros) {
        return round(micros / 1000.0);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** One closed-loop client; its histograms are read only after its thread ended. */
    private final class Client {
        final Thread thread;
        final Histogram latency = new Histogram(HIGHEST_MICROS, 3);
        final Histogram plan = new Histogram(HIGHEST_MICROS, 3);
        final Histogram total = new Histogram(HIGHEST_MICROS, 3);
        final List<String> samples = new ArrayList<>();
        long errors;
        private final int index;
        private final long deadline;

        Client(int index, long deadline) {
            this.index = index;
            this.deadline = deadline;
            this.thread = new Thread(this::loop, "load-client-" + index);
        }

        private void loop() {
            int next = index * 17;
            while (System.nanoTime() < deadline) {
                byte[] body = bodies.get(next++ % bodies.size());
                HttpRequest request = BearerToken.apply(HttpRequest.newBuilder(context)).timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                long start = System.nanoTime();
                try {
                    // bytes, not a String: the client's own UTF-8 decoding of a ~50 KB answer is not the service's latency
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    record(start);
                    if (response.statusCode() != 200) {
                        error("HTTP " + response.statusCode() + ": "
                                + abbreviate(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)));
                    } else {
                        JsonNode timings = timings(response.body());
                        plan.recordValue(clamp(Math.round(timings.path("plan").asDouble() * 1000)));
                        total.recordValue(clamp(Math.round(timings.path("total").asDouble() * 1000)));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    record(start);
                    error(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }

        private void record(long start) {
            latency.recordValue(clamp((System.nanoTime() - start) / 1000));
        }

        private void error(String description) {
            errors++;
            if (samples.size() < 3 && !samples.contains(description)) {
                samples.add(description);
            }
        }
    }

    /**
     * The answer's {@code timings_ms} object, read by streaming past the other fields: building the tree
     * of a ~50 KB answer cost the clients a millisecond of CPU per request, taken from the service when
     * both share a machine. A missing object reads as an empty one.
     */
    static JsonNode timings(byte[] answer) throws java.io.IOException {
        try (JsonParser parser = JSON.createParser(answer)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    if ("timings_ms".equals(field)) {
                        return parser.readValueAsTree();
                    }
                    parser.skipChildren();
                }
            }
        }
        return JSON.createObjectNode();
    }

    private static long clamp(long micros) {
        return Math.max(0, Math.min(HIGHEST_MICROS, micros));
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
