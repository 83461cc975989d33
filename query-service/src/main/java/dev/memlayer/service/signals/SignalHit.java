package dev.memlayer.service.signals;

import dev.memlayer.service.read.ManifestEntry;
import java.util.List;
import java.util.function.Supplier;

/**
 * A signal's raw score for one file, with the evidence that produced it. The evidence text is written
 * only when read: a request scores hundreds to thousands of files, and shows the reasons of a few dozen.
 *
 * @param focus names of the file's symbols this signal found the file by, for its snippets to show when the
 *              task's own words do not name them (the deprecated methods of "remove the deprecated methods");
 *              empty for most signals
 */
public record SignalHit(ManifestEntry file, double score, Supplier<String> lazyEvidence, List<String> focus) {

    public SignalHit {
        focus = List.copyOf(focus);
    }

    public SignalHit(ManifestEntry file, double score, Supplier<String> lazyEvidence) {
        this(file, score, lazyEvidence, List.of());
    }

    public SignalHit(ManifestEntry file, double score, String evidence) {
        this(file, score, () -> evidence, List.of());
    }

    public String evidence() {
        return lazyEvidence.get();
    }
}
