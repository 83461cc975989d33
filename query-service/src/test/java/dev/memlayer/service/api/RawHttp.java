package dev.memlayer.service.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for what an HTTP client library will not send: half a request, a
 * stalled body, a path with dot segments left in.
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;

    RawHttp(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
    }

    RawHttp send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return this;
    }

    /**
     * Sends {@code text} one byte every {@code everyMillis} from a daemon thread, as a slowloris
     * client does, until all is sent, the server closes, or the returned thread is interrupted.
     */
    Thread trickle(String text, long everyMillis) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Thread t = new Thread(() -> {
            try {
                for (byte b : bytes) {
                    socket.getOutputStream().write(b);
                    socket.getOutputStream().flush();
                    Thread.sleep(everyMillis);
                }
            } catch (IOException | InterruptedException e) {
                // closed by the server (the point of the test) or stopped by it
            }
        }, "trickle");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Everything the server sends until it closes the connection; fails if it is still open after {@code maxMillis}. */
    Closed readUntilClosed(long maxMillis) throws IOException {
        long start = System.nanoTime();
        socket.setSoTimeout((int) maxMillis);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                got.write(buf, 0, n);
                if ((System.nanoTime() - start) / 1_000_000 > maxMillis) {
                    throw new AssertionError("the server kept the connection open for over " + maxMillis + " ms");
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open for over " + maxMillis + " ms; got: "
                    + got.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a reset is a close too
        }
        return new Closed(got.toString(StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
    }

    /** The first response: status line, headers and the body the Content-Length announces. */
    String readResponse(long maxMillis) throws IOException {
        socket.setSoTimeout((int) maxMillis);
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        int contentLength = -1;
        int headerEnd = -1;
        byte[] buf = new byte[8192];
        for (int n; (n = in.read(buf)) >= 0; ) {
            got.write(buf, 0, n);
            String text = got.toString(StandardCharsets.ISO_8859_1);
            if (headerEnd < 0 && (headerEnd = text.indexOf("\r\n\r\n")) >= 0) {
                for (String line : text.substring(0, headerEnd).split("\r\n")) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        contentLength = Integer.parseInt(line.substring(15).strip());
                    }
                }
            }
            if (headerEnd >= 0 && (contentLength < 0 || got.size() >= headerEnd + 4 + contentLength)) {
                break;
            }
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    record Closed(String received, long afterMillis) {
    }
}
