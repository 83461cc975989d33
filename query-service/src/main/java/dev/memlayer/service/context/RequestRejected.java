package dev.memlayer.service.context;

/**
 * A request the service will not answer, with the HTTP status, a short error code and one
 * sentence for humans; {@code api.ProblemMapper} turns it into {@code {"error","detail"}}.
 */
public final class RequestRejected extends RuntimeException {

    private final int status;
    private final String code;
    private final int retryAfterSeconds;

    public RequestRejected(int status, String code, String detail) {
        this(status, code, detail, 0);
    }

    /** A refusal worth retrying: the response says when ({@code Retry-After}, when above zero). */
    public RequestRejected(int status, String code, String detail, int retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    /** Seconds a client should wait before retrying; 0 when retrying the same request cannot help. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static RequestRejected badRequest(String code, String detail) {
        return new RequestRejected(400, code, detail);
    }

    public static RequestRejected notFound(String code, String detail) {
        return new RequestRejected(404, code, detail);
    }
}
