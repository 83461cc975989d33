package dev.memlayer.service.render;

/** Lines {@code first..last} of a file, 1-based and inclusive. */
public record LineRange(int first, int last) {

    public LineRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("bad line range " + first + ".." + last);
        }
    }
}
