package dev.memlayer.service.signals;

import dev.memlayer.service.read.ManifestEntry;

/** A signal's raw score for one file, with the evidence that produced it. */
public record SignalHit(ManifestEntry file, double score, String evidence) {
}
