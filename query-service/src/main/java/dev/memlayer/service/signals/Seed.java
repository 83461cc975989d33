package dev.memlayer.service.signals;

import dev.memlayer.service.read.ManifestEntry;

/**
 * A file the direct signals ranked at the top, from which expansion signals spread.
 *
 * @param index    index of the file in the view
 * @param strength its direct score relative to the best seed, in (0, 1]
 */
public record Seed(ManifestEntry file, int index, double strength) {
}
