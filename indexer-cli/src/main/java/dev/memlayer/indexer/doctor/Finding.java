package dev.memlayer.indexer.doctor;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One result of {@code memlayer doctor}.
 *
 * @param check   what was checked: {@code database}, {@code snapshot}, a hook name, {@code service}
 * @param message what was found, one line
 * @param fix     the command that fixes it; null when nothing needs fixing
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(Level level, String check, String message, String fix) {

    public enum Level { OK, WARN, FAIL }

    static Finding ok(String check, String message) {
        return new Finding(Level.OK, check, message, null);
    }

    static Finding warn(String check, String message, String fix) {
        return new Finding(Level.WARN, check, message, fix);
    }

    static Finding fail(String check, String message, String fix) {
        return new Finding(Level.FAIL, check, message, fix);
    }
}
