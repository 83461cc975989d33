package dev.memlayer.service.assemble;

import java.util.OptionalInt;

/**
 * Picks a file's representation from measured costs: whole when it fits comfortably (at most
 * half of what is left, or barely more than its snippets would cost), else snippets when they
 * fit, else the path alone; empty when not even the path fits.
 */
final class RepresentationChooser {

    static final double COMFORTABLE_SHARE = 0.5;
    static final double SNIPPETS_SAVE_AT_LEAST = 0.75;

    private RepresentationChooser() {
    }

    /** Whole without looking at snippets: it takes at most the comfortable share of what is left. */
    static boolean comfortable(int wholeTokens, int remaining) {
        return wholeTokens <= remaining * COMFORTABLE_SHARE;
    }

    static java.util.Optional<Representation> choose(int remaining, OptionalInt whole, OptionalInt snippets,
            int path) {
        if (whole.isPresent() && whole.getAsInt() <= remaining) {
            boolean comfortable = comfortable(whole.getAsInt(), remaining);
            boolean snippetsBarelyCheaper = snippets.isEmpty()
                    || snippets.getAsInt() >= whole.getAsInt() * SNIPPETS_SAVE_AT_LEAST;
            if (comfortable || snippetsBarelyCheaper) {
                return java.util.Optional.of(Representation.WHOLE);
            }
        }
        if (snippets.isPresent() && snippets.getAsInt() <= remaining) {
            return java.util.Optional.of(Representation.SNIPPETS);
        }
        if (path <= remaining) {
            return java.util.Optional.of(Representation.PATH);
        }
        return java.util.Optional.empty();
    }
}
