package dev.memlayer.service.signals;

import dev.memlayer.service.read.ManifestEntry;
import java.util.function.Supplier;

/**
 * A signal's raw score for one file, with the evidence that produced it. The evidence text is written
 * only when read: a request scores hundreds to thousands of files, and shows the reasons of a few dozen.
 */
public record SignalHit(ManifestEntry file, double score, Supplier<String> lazyEvidence) {

    public SignalHit(ManifestEntry file, double score, String evidence) {
        this(file, score, () -> evidence);
    }

    public String evidence() {
        return lazyEvidence.get();
    }
}
