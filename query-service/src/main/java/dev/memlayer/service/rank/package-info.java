/**
 * Fusion of signal scores into one ranking: {@code FusionRanker} (weighted sum, reasons, exclude
 * globs), {@code DirectoryDiversity} (one directory must not fill the top) and {@code IntentWeights}, the
 * only table of weights.
 * Produces {@code RankedCandidates}; reads no content and renders nothing.
 */
package dev.memlayer.service.rank;
