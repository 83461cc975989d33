package dev.memlayer.indexer.agent;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny stand-in for the query service's {@code POST /v1/context}: records each request body and
 * answers with the status, markdown and delay the test sets.
 */
final class StandInService implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String markdown = "";
    private volatile long delayMs;

    StandInService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/context", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = (status == 200 ? markdown : "{\"error\":\"unknown_project\",\"detail\":\"no such project\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "text/markdown" : "application/json");
            try {
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException clientGone) {
                // the hook gave up waiting: that is the point of the slow case
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers 200 with a context rendered like the service's MarkdownRenderer, for this snapshot. */
    StandInService answer(long snapshot, String file) {
        this.status = 200;
        this.markdown = "<!-- memlayer:context v1 project=billing snapshot=" + snapshot + " commit=9f8e7d6c5b4a -->\n"
                + "# Context: billing (snapshot " + snapshot + ")\nFiles, in rank order:\n1. `" + file + "` whole\n"
                + "## " + file + " (whole, 1 lines)\n```python\nROUND = 2\n```\n\n<!-- /memlayer:context -->\n";
        return this;
    }

    StandInService status(int code) {
        this.status = code;
        return this;
    }

    StandInService delay(long ms) {
        this.delayMs = ms;
        return this;
    }

    String markdown() {
        return markdown;
    }

    List<String> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
