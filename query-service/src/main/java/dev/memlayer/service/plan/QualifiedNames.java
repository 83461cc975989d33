package dev.memlayer.service.plan;

/** Splitting {@code a.b.C.m}, {@code pkg::item}, {@code Class#method} into segments. */
final class QualifiedNames {

    private QualifiedNames() {
    }

    static String[] segments(String qualified) {
        String s = qualified.endsWith("()") ? qualified.substring(0, qualified.length() - 2) : qualified;
        return s.split("::|[.#]");
    }

    static String lastSegment(String qualified) {
        String[] parts = segments(qualified);
        return parts.length == 0 ? qualified : parts[parts.length - 1];
    }

    static String firstSegment(String qualified) {
        String[] parts = segments(qualified);
        return parts.length == 0 ? qualified : parts[0];
    }
}
