package dev.memlayer.indexer;

/**
 * An expected failure of a command (bad path, lock not obtained, project not registered). Its
 * message is one line meant for a human; the CLI prints it as {@code memlayer: <message>} and
 * exits 1, without a stack trace unless {@code --verbose}.
 */
public class IndexerException extends RuntimeException {

    public IndexerException(String message) {
        super(message);
    }

    public IndexerException(String message, Throwable cause) {
        super(message, cause);
    }
}
