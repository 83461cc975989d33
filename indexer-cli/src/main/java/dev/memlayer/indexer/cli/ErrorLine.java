package dev.memlayer.indexer.cli;

import dev.memlayer.indexer.IndexerException;
import dev.memlayer.schema.SchemaException;
import java.io.PrintWriter;

/**
 * How a failure reaches the user: exactly one line on stderr, {@code memlayer: <what went wrong>};
 * the stack trace follows only with {@code --verbose}.
 */
public final class ErrorLine {

    public static final String PREFIX = "memlayer: ";

    private ErrorLine() {
    }

    public static void print(PrintWriter err, String message) {
        err.println(PREFIX + oneLine(message));
        err.flush();
    }

    public static void print(PrintWriter err, Throwable failure, boolean verbose) {
        print(err, describe(failure));
        if (verbose) {
            failure.printStackTrace(err);
            err.flush();
        }
    }

    /** Our own exceptions carry a message for humans; anything else is named with its type. */
    static String describe(Throwable t) {
        if (t instanceof IndexerException || t instanceof SchemaException) {
            return t.getMessage();
        }
        String message = t.getMessage();
        String type = t.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }

    static String oneLine(String message) {
        String m = message == null ? "unknown error" : message.strip();
        return m.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
